# bench/nginx.sh - sourced by bench/run.sh and bench/report_memory.sh: a private nginx on
# 127.0.0.1 that answers every path with one small JSON document (/nginx_status counts
# requests). Needs NGINX (the binary), TMP (a scratch dir), and log/die from the caller.

BODY='{"id":1,"name":"courier bench item","ok":true,"price":12.5,"tags":["a","b","c"],"n":null}'

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start_nginx FIRST_PORT: uses $PORT if set, else the first free port from FIRST_PORT; sets
# PORT, BASE and NGINX_PID.
start_nginx() {
    if [[ -z "${PORT:-}" ]]; then
        PORT=$1
        while port_in_use "$PORT"; do PORT=$((PORT + 1)); done
    fi
    BASE="http://127.0.0.1:$PORT"
    mkdir -p "$TMP/nginx"
    cat >"$TMP/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    keepalive_requests 1000000;
    keepalive_timeout 75s;
    client_body_temp_path $TMP/nginx/body;
    proxy_temp_path $TMP/nginx/proxy;
    fastcgi_temp_path $TMP/nginx/fastcgi;
    uwsgi_temp_path $TMP/nginx/uwsgi;
    scgi_temp_path $TMP/nginx/scgi;
    server {
        listen 127.0.0.1:$PORT;
        location = /nginx_status { stub_status; }
        location / {
            default_type application/json;
            return 200 '$BODY';
        }
    }
}
CONF
    "$NGINX" -t -q -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -e "$TMP/nginx/error.log" ||
        die "nginx config test failed"
    "$NGINX" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -e "$TMP/nginx/error.log" &
    NGINX_PID=$!
    for _ in $(seq 100); do port_in_use "$PORT" && break; sleep 0.05; done
    port_in_use "$PORT" || die "nginx did not start; see $TMP/nginx/error.log"
    log "nginx (pid $NGINX_PID) on $BASE, body ${#BODY} bytes"
}

//! The `courier` binary: everything lives in the library; this only picks the allocator and
//! sets the exit code.

/// mimalloc: the script engine allocates and frees many small objects per request, which
/// glibc's allocator handles markedly slower (bench/README.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(courier::cli::main());
}

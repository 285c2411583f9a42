//! The spool: an append-only store of JSON records in an anonymous temporary file, so that a
//! reporter can keep one record per execution of a long run on disk instead of in memory and
//! read them back when it writes its report. Records are compact JSON, one per line; only their
//! offsets stay in memory. The file is created in the temp directory readable by its owner only
//! and, on unix, unlinked as soon as it is open (elsewhere it is removed on drop), so nothing is
//! left behind even when the process is killed. Reporters put only masked (sealed) text in it.

use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use serde_json::Value;

/// An append-only list of JSON values kept in a temporary file.
pub struct Spool {
    /// `None` only while dropping.
    file: Option<BufWriter<File>>,
    /// Where each record starts; a record ends with a newline at the next one's start.
    offsets: Vec<u64>,
    /// Bytes written so far.
    end: u64,
    path: PathBuf,
}

impl std::fmt::Debug for Spool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Spool")
            .field("records", &self.offsets.len())
            .field("bytes", &self.end)
            .finish()
    }
}

impl Spool {
    /// Creates an empty spool in [`std::env::temp_dir`].
    pub fn new() -> io::Result<Spool> {
        Spool::new_in(&std::env::temp_dir())
    }

    /// Creates an empty spool in `dir`.
    pub fn new_in(dir: &Path) -> io::Result<Spool> {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let mut attempt = 0;
        let (file, path) = loop {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.subsec_nanos())
                .unwrap_or(0);
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            let path = dir.join(format!(
                ".courier-spool-{}-{n}-{nanos:08x}",
                std::process::id()
            ));
            let mut opts = OpenOptions::new();
            // Append mode: writes always go to the end, whatever a read did to the position.
            opts.read(true).append(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
            match opts.open(&path) {
                Ok(f) => break (f, path),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 16 => {
                    attempt += 1;
                }
                Err(e) => {
                    return Err(io::Error::new(
                        e.kind(),
                        format!("cannot create a spool file in {}: {e}", dir.display()),
                    ))
                }
            }
        };
        #[cfg(unix)]
        std::fs::remove_file(&path)?;
        Ok(Spool {
            file: Some(BufWriter::new(file)),
            offsets: Vec::new(),
            end: 0,
            path,
        })
    }

    /// Where the file was created. On unix it is already gone from there.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Number of records.
    pub fn len(&self) -> usize {
        self.offsets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.offsets.is_empty()
    }

    fn writer(&mut self) -> io::Result<&mut BufWriter<File>> {
        self.file
            .as_mut()
            .ok_or_else(|| io::Error::other("the spool is closed"))
    }

    /// Appends `value`; returns its index.
    pub fn push(&mut self, value: &Value) -> io::Result<usize> {
        let start = self.end;
        let mut counting = Counting {
            inner: self.writer()?,
            written: 0,
        };
        serde_json::to_writer(&mut counting, value)?;
        counting.write_all(b"\n")?;
        let written = counting.written;
        self.end = start + written;
        self.offsets.push(start);
        Ok(self.offsets.len() - 1)
    }

    /// The record at `index`.
    pub fn get(&mut self, index: usize) -> io::Result<Value> {
        let start = *self
            .offsets
            .get(index)
            .ok_or_else(|| io::Error::other(format!("no spooled record {index}")))?;
        let stop = self.offsets.get(index + 1).copied().unwrap_or(self.end);
        let w = self.writer()?;
        w.flush()?;
        let f = w.get_mut();
        f.seek(SeekFrom::Start(start))?;
        let mut buf = vec![0u8; (stop - start) as usize];
        f.read_exact(&mut buf)?;
        Ok(serde_json::from_slice(&buf)?)
    }

    /// Every record, in order.
    pub fn iter(&mut self) -> io::Result<Iter<'_>> {
        let remaining = self.offsets.len();
        let w = self.writer()?;
        w.flush()?;
        let mut f: &File = w.get_ref();
        f.seek(SeekFrom::Start(0))?;
        Ok(Iter {
            reader: BufReader::new(f),
            remaining,
            line: Vec::new(),
        })
    }
}

impl Drop for Spool {
    fn drop(&mut self) {
        // Close before removing: some platforms cannot remove an open file.
        drop(self.file.take());
        #[cfg(not(unix))]
        let _ = std::fs::remove_file(&self.path);
    }
}

/// A reporter's spool: created on first use, and keeping its first error for the reporter's
/// `finish` (reporters cannot fail while the run goes on); after an error nothing more is kept.
#[derive(Debug, Default)]
pub struct Records {
    spool: Option<Spool>,
    error: Option<String>,
}

impl Records {
    /// Appends `value`; its index is the number of records pushed before it.
    pub fn push(&mut self, value: &Value) {
        if self.error.is_some() {
            return;
        }
        let spool = match &mut self.spool {
            Some(s) => s,
            None => match Spool::new() {
                Ok(s) => self.spool.insert(s),
                Err(e) => {
                    self.error = Some(e.to_string());
                    return;
                }
            },
        };
        if let Err(e) = spool.push(value) {
            self.error = Some(format!("cannot spool an execution: {e}"));
        }
    }

    /// The first error, if keeping a record failed.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    pub fn len(&self) -> usize {
        self.spool.as_ref().map_or(0, Spool::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The record at `index`.
    pub fn get(&mut self, index: usize) -> io::Result<Value> {
        match &mut self.spool {
            Some(s) => s.get(index),
            None => Err(io::Error::other(format!("no spooled record {index}"))),
        }
    }

    /// Every record, in order.
    pub fn iter(&mut self) -> io::Result<impl Iterator<Item = io::Result<Value>> + '_> {
        Ok(self
            .spool
            .as_mut()
            .map(Spool::iter)
            .transpose()?
            .into_iter()
            .flatten())
    }
}

/// The records of a [`Spool`], in order.
pub struct Iter<'a> {
    reader: BufReader<&'a File>,
    remaining: usize,
    line: Vec<u8>,
}

impl Iterator for Iter<'_> {
    type Item = io::Result<Value>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        self.line.clear();
        Some(match self.reader.read_until(b'\n', &mut self.line) {
            Ok(0) => Err(io::Error::from(io::ErrorKind::UnexpectedEof)),
            Ok(_) => serde_json::from_slice(&self.line).map_err(io::Error::from),
            Err(e) => Err(e),
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

/// Counts the bytes written through it.
struct Counting<'a, W: Write> {
    inner: &'a mut W,
    written: u64,
}

impl<W: Write> Write for Counting<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.written += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn records_round_trip_in_any_order_and_in_sequence() {
        let mut s = Spool::new().expect("spool");
        assert!(s.is_empty());
        let values = [
            json!({"a": 1, "text": "line\nbreak \u{e000} ünï"}),
            json!([]),
            json!("x".repeat(100_000)),
            json!(null),
        ];
        for (i, v) in values.iter().enumerate() {
            assert_eq!(s.push(v).expect("push"), i);
        }
        assert_eq!(s.get(2).expect("get"), values[2]);
        assert_eq!(s.get(0).expect("get"), values[0]);
        // Appending after a read still goes to the end.
        assert_eq!(s.push(&json!({"late": true})).expect("push"), 4);
        assert_eq!(s.get(4).expect("get"), json!({"late": true}));
        assert_eq!(s.get(3).expect("get"), Value::Null);
        let all: Vec<Value> = s.iter().expect("iter").map(|v| v.expect("read")).collect();
        assert_eq!(all.len(), 5);
        assert_eq!(all[..4], values);
        assert!(s.get(5).is_err());
    }

    #[test]
    fn the_file_does_not_stay_in_the_temp_dir() {
        let dir = std::env::temp_dir();
        let s = Spool::new_in(&dir).expect("spool");
        let path = s.path().to_path_buf();
        assert!(path.starts_with(&dir));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert!(!path.exists(), "unlinked while open");
            let file = s.file.as_ref().expect("open").get_ref();
            let mode = file.metadata().expect("metadata").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        drop(s);
        assert!(!path.exists(), "removed");
    }

    #[cfg(unix)]
    #[test]
    fn an_unwritable_directory_is_an_error_not_a_panic() {
        let err = Spool::new_in(Path::new("/nonexistent/courier-spool-dir"));
        assert!(err.is_err());
    }
}

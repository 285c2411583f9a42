//! courier's exit codes. 0 and 1 mean what they mean for Newman; the others tell apart why a
//! run could not start.

/// The run completed with no failure (or `-x` was given).
pub const OK: i32 = 0;
/// The run completed with failures: a failed assertion, a request error, a run error.
pub const FAILURES: i32 = 1;
/// Bad command line: unknown or unsupported option, bad value.
pub const USAGE: i32 = 2;
/// An input file is missing, unreadable, malformed or not what it should be.
pub const INPUT: i32 = 3;
/// A setup problem: TLS files, an unwritable export path, the runtime.
pub const CONFIG: i32 = 4;
/// A `--folder` names no folder or request of the collection.
pub const UNKNOWN_FOLDER: i32 = 5;
/// The run was interrupted (Ctrl-C, SIGTERM); reports were still written.
pub const INTERRUPTED: i32 = 130;

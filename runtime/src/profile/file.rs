//! Finding and reading the shared files: never blocking on a FIFO, never
//! reading more than the cap.

use std::io;
use std::path::{Path, PathBuf};

use super::{ProfileError, ProfileErrorKind};
use crate::env::Env;

/// The path of a shared file: the variable's value, else the default; with `~`
/// expanded. `None` when the default is wanted but there is no home directory.
pub(super) fn shared_file_path(env: &Env, var: &str, default: &str) -> Option<PathBuf> {
    match env.get(var) {
        Some(path) => Some(env.expand_home(&path)),
        None => env.home_dir().map(|_| env.expand_home(default)),
    }
}

/// The largest shared config or credentials file awsop reads: 16 MiB.
///
/// Real files are a few kilobytes; the cap only stops a path that names
/// something endless (`/dev/zero`) or absurd from exhausting memory.
pub const MAX_PROFILE_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The text of a shared file; `None` when it does not exist.
///
/// Only a regular file (or a symlink to one) is read: a FIFO, a device, a
/// socket or a directory is an error naming the file, and so is a file over
/// [`MAX_PROFILE_FILE_BYTES`]. Opening never blocks: where the platform's
/// `O_NONBLOCK` is known the file is opened with it (a FIFO without a writer
/// would block `open` otherwise), and the type is checked on the opened file,
/// so a file swapped after the first check is caught too.
pub(super) fn read_shared_file(path: &Path) -> Result<Option<String>, ProfileError> {
    use std::io::Read as _;
    let error = |kind, source| ProfileError {
        path: path.to_owned(),
        line: None,
        kind,
        source,
    };
    let unreadable = |e: io::Error| error(ProfileErrorKind::Unreadable, Some(e));
    let check = |metadata: &std::fs::Metadata| {
        if !metadata.is_file() {
            Err(error(ProfileErrorKind::NotAFile, None))
        } else if metadata.len() > MAX_PROFILE_FILE_BYTES {
            Err(error(ProfileErrorKind::TooLarge, None))
        } else {
            Ok(())
        }
    };
    // Checked before opening: on a platform without a known `O_NONBLOCK`
    // this is what keeps a FIFO from blocking (with a small race).
    match std::fs::metadata(path) {
        Ok(metadata) => check(&metadata)?,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(unreadable(e)),
    }
    let file = match open_nonblocking(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(unreadable(e)),
    };
    check(&file.metadata().map_err(unreadable)?)?;
    let mut bytes = Vec::new();
    let read = file
        .take(MAX_PROFILE_FILE_BYTES + 1)
        .read_to_end(&mut bytes);
    if let Err(e) = read {
        zeroize::Zeroize::zeroize(&mut bytes);
        return Err(unreadable(e));
    }
    // The file grew after its size was checked.
    if bytes.len() as u64 > MAX_PROFILE_FILE_BYTES {
        zeroize::Zeroize::zeroize(&mut bytes);
        return Err(error(ProfileErrorKind::TooLarge, None));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Some(text)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let mut bytes = e.into_bytes();
            let line = 1 + bytes[..valid].iter().filter(|&&b| b == b'\n').count();
            zeroize::Zeroize::zeroize(&mut bytes);
            Err(ProfileError::at(path, line, ProfileErrorKind::InvalidUtf8))
        }
    }
}

/// `O_NONBLOCK` where its value is known without the `libc` crate: opening a
/// FIFO with it returns at once instead of waiting for a writer. It changes
/// nothing for a regular file.
#[cfg(all(
    any(target_os = "linux", target_os = "android"),
    not(any(
        target_arch = "mips",
        target_arch = "mips64",
        target_arch = "sparc",
        target_arch = "sparc64"
    ))
))]
pub(super) const O_NONBLOCK: Option<i32> = Some(0o4000);
#[cfg(any(
    target_os = "macos",
    target_os = "ios",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "netbsd",
    target_os = "dragonfly"
))]
pub(super) const O_NONBLOCK: Option<i32> = Some(0x4);
#[cfg(all(
    unix,
    not(any(
        all(
            any(target_os = "linux", target_os = "android"),
            not(any(
                target_arch = "mips",
                target_arch = "mips64",
                target_arch = "sparc",
                target_arch = "sparc64"
            ))
        ),
        target_os = "macos",
        target_os = "ios",
        target_os = "freebsd",
        target_os = "openbsd",
        target_os = "netbsd",
        target_os = "dragonfly"
    ))
))]
pub(super) const O_NONBLOCK: Option<i32> = None;

#[cfg(unix)]
pub(super) fn open_nonblocking(path: &Path) -> io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    if let Some(flag) = O_NONBLOCK {
        options.custom_flags(flag);
    }
    options.open(path)
}

#[cfg(not(unix))]
pub(super) fn open_nonblocking(path: &Path) -> io::Result<std::fs::File> {
    std::fs::File::open(path)
}

//! [`ProcessProvider`]: credentials from an external command, bounded in time
//! and output, killed when nobody waits for it any more, and shared by
//! concurrent callers.

use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::io::{self, Read as _};
use std::pin::Pin;
use std::process::{Child, ChildStdout, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

use crate::credentials::{BoxFuture, Credentials, CredentialsError, ProvideCredentials};
use crate::sensitive::REDACTED;
use crate::time::DateTime;

/// How long [`ProcessProvider`] lets `credential_process` run: 60 seconds.
///
/// Helpers that fetch from a vault or the network answer in a second or two;
/// 60 s leaves room for one that asks for an MFA code or a browser login,
/// and still ends a helper stuck on a prompt nobody sees. A client's
/// credentials load timeout (5 s by default, see
/// [`ClientBuilder::credentials_load_timeout`](crate::ClientBuilder::credentials_load_timeout))
/// usually ends the wait first; the process is killed then too.
pub const DEFAULT_PROCESS_TIMEOUT: Duration = Duration::from_secs(60);

/// The most standard output [`ProcessProvider`] reads: 64 KiB. The JSON it
/// expects is a few hundred bytes.
pub const MAX_PROCESS_OUTPUT_BYTES: usize = 64 * 1024;

/// How often the thread watching the command checks whether it has exited.
const POLL_INTERVAL: Duration = Duration::from_millis(10);

/// Credentials from an external command, AWS's `credential_process`.
///
/// The command runs through `sh -c` (on Windows `cmd.exe /C`) and must exit
/// with status 0 after printing one JSON object:
///
/// ```json
/// {"Version": 1, "AccessKeyId": "...", "SecretAccessKey": "...",
///  "SessionToken": "...", "Expiration": "2015-08-30T12:36:00Z"}
/// ```
///
/// `SessionToken` and `Expiration` (RFC 3339) are optional.
///
/// The command never blocks the executor and is always bounded:
///
/// - it runs under the watch of its own thread, with standard input closed
///   and standard error passed through to the caller's (a helper's messages
///   stay visible; none of it ends up in an error);
/// - it is killed after [`DEFAULT_PROCESS_TIMEOUT`] (change it with
///   [`ProcessProvider::with_timeout`]), or as soon as it prints more than
///   [`MAX_PROCESS_OUTPUT_BYTES`];
/// - it is killed when every caller waiting for it has given up (its future
///   was dropped, by a timeout say);
/// - callers that ask while it runs share that run and its answer: the
///   command runs once for all of them. Clones of a provider share too.
///
/// On unix the command starts in a process group of its own and the whole
/// group is killed, so a process it started in the background does not
/// outlive it holding its output open.
///
/// # Errors
///
/// Provider failed when the command cannot be started, runs too long, prints
/// too much, exits with a non-zero status (the error gives the status), or
/// prints anything else than the object above. No error ever includes the
/// standard output (it holds the secret) nor the command line (it may hold
/// one too); `Debug` does not print the command either.
///
/// ```
/// use awsop::credentials::ProcessProvider;
/// use std::time::Duration;
/// let provider = ProcessProvider::new("my-helper --profile dev").with_timeout(Duration::from_secs(10));
/// assert_eq!(
///     format!("{provider:?}"),
///     "ProcessProvider { command: <redacted>, timeout: 10s }"
/// );
/// ```
#[derive(Clone)]
pub struct ProcessProvider {
    command: String,
    timeout: Duration,
    /// The run under way, which a new caller joins.
    current: Arc<Mutex<Option<Arc<Run>>>>,
}

impl fmt::Debug for ProcessProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Redacted;
        impl fmt::Debug for Redacted {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(REDACTED)
            }
        }
        f.debug_struct("ProcessProvider")
            .field("command", &Redacted)
            .field("timeout", &self.timeout)
            .finish()
    }
}

impl ProcessProvider {
    /// A provider that runs `command` through the shell.
    pub fn new(command: impl Into<String>) -> Self {
        ProcessProvider {
            command: command.into(),
            timeout: DEFAULT_PROCESS_TIMEOUT,
            current: Arc::new(Mutex::new(None)),
        }
    }

    /// Kill the command after `timeout` instead of [`DEFAULT_PROCESS_TIMEOUT`].
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Whether this provider runs `command` (compared without printing it).
    pub(super) fn runs(&self, command: &str) -> bool {
        self.command == command
    }

    /// Joins the run under way, or starts one.
    pub(super) fn run(&self) -> Join {
        let mut current = lock(&self.current);
        if let Some(run) = current.as_ref() {
            let mut state = lock(&run.state);
            if state.outcome.is_none() {
                state.callers += 1;
                drop(state);
                return Join::new(Arc::clone(run), Arc::clone(&self.current));
            }
        }
        let (events, inbox) = mpsc::channel();
        let run = Arc::new(Run {
            state: Mutex::new(RunState {
                outcome: None,
                wakers: BTreeMap::new(),
                next_key: 0,
                callers: 1,
                cancel: Some(events.clone()),
            }),
        });
        *current = Some(Arc::clone(&run));
        drop(current);
        let job = Job {
            command: self.command.clone(),
            timeout: self.timeout,
            events,
            inbox,
        };
        let (publish_to, slot) = (Arc::clone(&run), Arc::clone(&self.current));
        let spawned = std::thread::Builder::new()
            .name("awsop-credential-process".to_owned())
            .spawn(move || {
                let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job.run()))
                    .unwrap_or_else(|_| {
                        Err(CredentialsError::provider_failed(
                            "credential_process: the thread running it panicked",
                        ))
                    });
                publish(&publish_to, &slot, outcome);
            });
        if let Err(e) = spawned {
            publish(
                &run,
                &self.current,
                Err(CredentialsError::provider_failed_with(
                    "credential_process: could not start a thread to run it",
                    e,
                )),
            );
        }
        Join::new(run, Arc::clone(&self.current))
    }
}

impl ProvideCredentials for ProcessProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(self.run())
    }

    fn name(&self) -> std::borrow::Cow<'_, str> {
        std::borrow::Cow::Borrowed("credential_process")
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // Every update under these locks is a single assignment or a counter:
    // a poisoned lock still holds a consistent state.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// One run of the command, shared by the callers waiting for it.
struct Run {
    state: Mutex<RunState>,
}

struct RunState {
    outcome: Option<Result<Credentials, CredentialsError>>,
    wakers: BTreeMap<u64, Waker>,
    next_key: u64,
    /// Callers still waiting; at 0 the command is killed.
    callers: usize,
    /// Tells the watching thread to kill the command.
    cancel: Option<Sender<Event>>,
}

/// Stores the outcome, wakes every caller and lets the next caller start a
/// new run.
fn publish(
    run: &Arc<Run>,
    slot: &Mutex<Option<Arc<Run>>>,
    outcome: Result<Credentials, CredentialsError>,
) {
    let wakers = {
        let mut state = lock(&run.state);
        state.outcome = Some(outcome);
        state.cancel = None;
        std::mem::take(&mut state.wakers)
    };
    for (_, waker) in wakers {
        waker.wake();
    }
    let mut current = lock(slot);
    if current.as_ref().is_some_and(|r| Arc::ptr_eq(r, run)) {
        *current = None;
    }
}

/// A caller's wait for a [`Run`]; dropping the last one kills the command.
pub(super) struct Join {
    run: Arc<Run>,
    slot: Arc<Mutex<Option<Arc<Run>>>>,
    key: Option<u64>,
    done: bool,
}

impl Join {
    fn new(run: Arc<Run>, slot: Arc<Mutex<Option<Arc<Run>>>>) -> Self {
        Join {
            run,
            slot,
            key: None,
            done: false,
        }
    }
}

impl Future for Join {
    type Output = Result<Credentials, CredentialsError>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        let mut state = lock(&this.run.state);
        if let Some(outcome) = &state.outcome {
            let outcome = outcome.clone();
            if let Some(key) = this.key.take() {
                state.wakers.remove(&key);
            }
            this.done = true;
            return Poll::Ready(outcome);
        }
        let key = match this.key {
            Some(key) => key,
            None => {
                let key = state.next_key;
                state.next_key += 1;
                this.key = Some(key);
                key
            }
        };
        state.wakers.insert(key, cx.waker().clone());
        Poll::Pending
    }
}

impl Drop for Join {
    fn drop(&mut self) {
        // The same lock order as `ProcessProvider::run`: the slot, then the run.
        let mut current = lock(&self.slot);
        let mut state = lock(&self.run.state);
        if let Some(key) = self.key.take() {
            state.wakers.remove(&key);
        }
        state.callers = state.callers.saturating_sub(1);
        if state.callers == 0 && state.outcome.is_none() && !self.done {
            if let Some(cancel) = state.cancel.take() {
                let _ = cancel.send(Event::Cancel);
            }
            if current.as_ref().is_some_and(|r| Arc::ptr_eq(r, &self.run)) {
                *current = None;
            }
        }
    }
}

/// What the watching thread hears about.
enum Event {
    /// The reader thread is done: standard output up to the cap plus one
    /// byte, or the read error.
    Output(io::Result<Vec<u8>>),
    /// Nobody waits any more.
    Cancel,
}

/// Everything the watching thread needs.
struct Job {
    command: String,
    timeout: Duration,
    events: Sender<Event>,
    inbox: Receiver<Event>,
}

impl Job {
    /// Runs the command to the end, a timeout, too much output, or a cancel.
    #[allow(
        clippy::disallowed_methods,
        reason = "the deadline of a child process on a plain thread: a monotonic \
                  clock, not the signing clock, and no async timer exists here"
    )]
    fn run(self) -> Result<Credentials, CredentialsError> {
        let started = Instant::now();
        let Job {
            command,
            timeout,
            events,
            inbox,
        } = self;
        let mut child = start(&command, events)?;
        let mut output: Option<Vec<u8>> = None;
        let result = watch(&mut child, &inbox, timeout, started, &mut output);
        if let Some(mut out) = output {
            zeroize::Zeroize::zeroize(&mut out);
        }
        result
    }
}

/// Starts `command`, and the thread that sends its standard output to
/// `events`.
fn start(command: &str, events: Sender<Event>) -> Result<Child, CredentialsError> {
    let mut child = shell_command(command)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| {
            CredentialsError::provider_failed_with(
                "credential_process: could not run the command",
                e,
            )
        })?;
    let Some(stdout) = child.stdout.take() else {
        kill(&mut child);
        return Err(CredentialsError::provider_failed(
            "credential_process: its standard output could not be captured",
        ));
    };
    let reader = std::thread::Builder::new()
        .name("awsop-credential-process-stdout".to_owned())
        .spawn(move || {
            let _ = events.send(Event::Output(read_capped(stdout)));
        });
    if let Err(e) = reader {
        kill(&mut child);
        return Err(CredentialsError::provider_failed_with(
            "credential_process: could not start a thread to read its output",
            e,
        ));
    }
    Ok(child)
}

/// Waits for the command's exit and output, until `timeout` after
/// `started`; keeps the output read in `output` (the caller wipes it).
#[allow(
    clippy::disallowed_methods,
    reason = "the deadline of a child process on a plain thread: a monotonic \
              clock, not the signing clock, and no async timer exists here"
)]
fn watch(
    child: &mut Child,
    inbox: &Receiver<Event>,
    timeout: Duration,
    started: Instant,
    output: &mut Option<Vec<u8>>,
) -> Result<Credentials, CredentialsError> {
    let mut status: Option<ExitStatus> = None;
    loop {
        if let (Some(out), Some(status)) = (&*output, status) {
            break finish(status, out);
        }
        // A failure needs no output: do not wait for a process it started
        // that still holds the pipe open.
        if let Some(status) = status.filter(|s| !s.success()) {
            kill(child);
            break finish(status, &[]);
        }
        let remaining = timeout.saturating_sub(started.elapsed());
        if remaining.is_zero() {
            kill(child);
            break Err(timed_out(timeout, status.is_some()));
        }
        let wait = if status.is_none() {
            remaining.min(POLL_INTERVAL)
        } else {
            remaining
        };
        match inbox.recv_timeout(wait) {
            Ok(Event::Output(Ok(bytes))) if bytes.len() > MAX_PROCESS_OUTPUT_BYTES => {
                let mut bytes = bytes;
                zeroize::Zeroize::zeroize(&mut bytes);
                kill(child);
                break Err(CredentialsError::provider_failed(format!(
                    "credential_process output is over {MAX_PROCESS_OUTPUT_BYTES} bytes"
                )));
            }
            Ok(Event::Output(Ok(bytes))) => *output = Some(bytes),
            Ok(Event::Output(Err(e))) => {
                kill(child);
                break Err(CredentialsError::provider_failed_with(
                    "credential_process: could not read its output",
                    e,
                ));
            }
            // Nobody waits; the outcome is never seen.
            Ok(Event::Cancel) | Err(RecvTimeoutError::Disconnected) => {
                kill(child);
                break Err(CredentialsError::provider_failed(
                    "credential_process: cancelled",
                ));
            }
            Err(RecvTimeoutError::Timeout) => {}
        }
        if status.is_none() {
            match child.try_wait() {
                Ok(s) => status = s,
                Err(e) => {
                    kill(child);
                    break Err(CredentialsError::provider_failed_with(
                        "credential_process: could not wait for it",
                        e,
                    ));
                }
            }
        }
    }
}

/// The outcome of a command that exited and closed its output.
fn finish(status: ExitStatus, stdout: &[u8]) -> Result<Credentials, CredentialsError> {
    if status.success() {
        return parse_process_output(stdout);
    }
    Err(CredentialsError::provider_failed(match status.code() {
        Some(code) => format!("credential_process exited with status {code}"),
        None => "credential_process was ended by a signal".to_owned(),
    }))
}

fn timed_out(timeout: Duration, exited: bool) -> CredentialsError {
    CredentialsError::provider_failed(if exited {
        format!(
            "credential_process did not finish within {timeout:?}: it exited, but a process it \
             started kept its standard output open"
        )
    } else {
        format!("credential_process did not finish within {timeout:?}")
    })
}

/// Standard output up to [`MAX_PROCESS_OUTPUT_BYTES`] plus one byte (to tell
/// "at the cap" from "over it"), in one buffer allocated up front so the
/// secret is never copied by a reallocation.
fn read_capped(stdout: ChildStdout) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::with_capacity(MAX_PROCESS_OUTPUT_BYTES + 1);
    let limit = MAX_PROCESS_OUTPUT_BYTES as u64 + 1;
    match stdout.take(limit).read_to_end(&mut bytes) {
        Ok(_) => Ok(bytes),
        Err(e) => {
            zeroize::Zeroize::zeroize(&mut bytes);
            Err(e)
        }
    }
}

/// Kills the command (on unix its whole process group) and reaps it.
fn kill(child: &mut Child) {
    #[cfg(unix)]
    kill_group(child.id());
    let _ = child.kill();
    let _ = child.wait();
}

/// Sends SIGKILL to process group `id`. The standard library cannot signal a
/// group and `unsafe` is forbidden here, so the shell's `kill` does it (the
/// shell is what runs `credential_process` in the first place).
#[cfg(unix)]
fn kill_group(id: u32) {
    let _ = Command::new("sh")
        .arg("-c")
        .arg("kill -s KILL -- \"-$1\" 2>/dev/null")
        .arg("awsop-kill")
        .arg(id.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

#[cfg(not(windows))]
fn shell_command(command: &str) -> Command {
    let mut c = Command::new("sh");
    c.arg("-c").arg(command);
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut c, 0);
    c
}

#[cfg(windows)]
fn shell_command(command: &str) -> Command {
    use std::os::windows::process::CommandExt;
    let mut c = Command::new("cmd.exe");
    // `cmd.exe` does its own parsing: hand it the command line unquoted.
    c.arg("/C").raw_arg(command);
    c
}

/// Credentials from `credential_process` output. Errors never quote it.
fn parse_process_output(stdout: &[u8]) -> Result<Credentials, CredentialsError> {
    let fail =
        |what: &str| CredentialsError::provider_failed(format!("credential_process output {what}"));
    let value: serde_json::Value = serde_json::from_slice(stdout).map_err(|e| {
        fail(&format!(
            "is not valid JSON (line {}, column {})",
            e.line(),
            e.column()
        ))
    })?;
    let object = value
        .as_object()
        .ok_or_else(|| fail("is not a JSON object"))?;
    match object.get("Version") {
        None => return Err(fail("has no Version")),
        Some(v) if v.as_u64() == Some(1) => {}
        Some(v) => {
            return Err(match v.as_i64() {
                Some(n) => fail(&format!("has Version {n}, expected 1")),
                None => fail("has a Version that is not the number 1"),
            });
        }
    }
    let string = |key: &str| -> Result<Option<&str>, CredentialsError> {
        match object.get(key) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s.as_str())),
            Some(_) => Err(fail(&format!("has a {key} that is not a string"))),
        }
    };
    let id = string("AccessKeyId")?
        .filter(|s| !s.is_empty())
        .ok_or_else(|| fail("has no AccessKeyId"))?;
    let secret = string("SecretAccessKey")?
        .filter(|s| !s.is_empty())
        .ok_or_else(|| fail("has no SecretAccessKey"))?;
    let token = string("SessionToken")?.filter(|s| !s.is_empty());
    let expiry = match string("Expiration")? {
        None => None,
        Some(s) => Some(
            DateTime::parse_date_time(s)
                .map_err(|_| fail("has an Expiration that is not an RFC 3339 date-time"))?,
        ),
    };
    Ok(Credentials::new(
        id,
        secret,
        token.map(str::to_owned),
        expiry,
        "process",
    ))
}

use std::collections::BTreeMap;

use super::file::open_nonblocking;
use super::*;

type Flat = BTreeMap<String, BTreeMap<String, String>>;

fn flat(set: &ProfileSet) -> Flat {
    set.profiles
        .iter()
        .map(|(name, p)| {
            let props = p
                .properties
                .iter()
                .map(|(k, v)| (k.clone(), v.value.clone()))
                .collect();
            (name.clone(), props)
        })
        .collect()
}

fn expect(pairs: &[(&str, &[(&str, &str)])]) -> Flat {
    pairs
        .iter()
        .map(|(name, props)| {
            let props = props
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            (name.to_string(), props)
        })
        .collect()
}

const CONFIG: &str = "/home/u/.aws/config";
const CREDS: &str = "/home/u/.aws/credentials";

fn both(config: Option<&str>, creds: Option<&str>) -> Result<ProfileSet, ProfileError> {
    ProfileSet::parse(
        config.map(|c| (Path::new(CONFIG), c)),
        creds.map(|c| (Path::new(CREDS), c)),
        "default",
    )
}

fn config(text: &str) -> Flat {
    flat(&both(Some(text), None).unwrap())
}

fn config_err(text: &str) -> String {
    both(Some(text), None).unwrap_err().to_string()
}

/// The cases of AWS's shared profile-parser test suite, config file only.
#[test]
fn spec_cases_config_file() {
    let cases: &[(&str, Flat)] = &[
        ("", expect(&[])),
        ("[profile foo]", expect(&[("foo", &[])])),
        (
            "[profile some-thing:long/the_one%only.foo@bar+]\n[profile foo!bar]",
            expect(&[("some-thing:long/the_one%only.foo@bar+", &[])]),
        ),
        ("[profile \tfoo \t]", expect(&[("foo", &[])])),
        ("[profile\tfoo]", expect(&[("foo", &[])])),
        (
            "[profile foo]\nname = value",
            expect(&[("foo", &[("name", "value")])]),
        ),
        (
            "[profile foo]\r\nname = value",
            expect(&[("foo", &[("name", "value")])]),
        ),
        (
            "[profile foo]\nname = val=ue",
            expect(&[("foo", &[("name", "val=ue")])]),
        ),
        (
            "[profile foo]\nname = 😂",
            expect(&[("foo", &[("name", "😂")])]),
        ),
        (
            "[profile foo]\nname = value\nname2 = value2",
            expect(&[("foo", &[("name", "value"), ("name2", "value2")])]),
        ),
        (
            "[profile foo]\nname \t=  \tvalue \t",
            expect(&[("foo", &[("name", "value")])]),
        ),
        ("[profile foo]\nname =", expect(&[("foo", &[("name", "")])])),
        (
            "[profile foo]\n[profile bar]",
            expect(&[("foo", &[]), ("bar", &[])]),
        ),
        (
            "[profile foo]\nname = value\n[profile bar]\nname2 = value2",
            expect(&[
                ("foo", &[("name", "value")]),
                ("bar", &[("name2", "value2")]),
            ]),
        ),
        (
            "\t \n[profile foo]\n\t\n \nname = value\n\t \n[profile bar]\n \t",
            expect(&[("foo", &[("name", "value")]), ("bar", &[])]),
        ),
        (
            "# Comment\n[profile foo] # Comment\nname = value # Comment with # sign",
            expect(&[("foo", &[("name", "value")])]),
        ),
        (
            "; Comment\n[profile foo] ; Comment\nname = value ; Comment with ; sign",
            expect(&[("foo", &[("name", "value")])]),
        ),
        (
            "# Comment\n[profile foo] ; Comment\nname = value # Comment with ; sign",
            expect(&[("foo", &[("name", "value")])]),
        ),
        (
            ";\n[profile foo];\nname = value ;\n",
            expect(&[("foo", &[("name", "value")])]),
        ),
        (
            "[profile foo]; Adjacent semicolons\n[profile bar]# Adjacent pound signs",
            expect(&[("foo", &[]), ("bar", &[])]),
        ),
        (
            "[profile foo]\nname = value; Adjacent semicolons\nname2 = value# Adjacent pound signs",
            expect(&[(
                "foo",
                &[
                    ("name", "value; Adjacent semicolons"),
                    ("name2", "value# Adjacent pound signs"),
                ],
            )]),
        ),
        (
            "[profile foo]\nname = value\n -continued",
            expect(&[("foo", &[("name", "value\n-continued")])]),
        ),
        (
            "[profile foo]\nname = value\n -continued\n -and-continued",
            expect(&[("foo", &[("name", "value\n-continued\n-and-continued")])]),
        ),
        (
            "[profile foo]\nname = value\n \t -continued \t ",
            expect(&[("foo", &[("name", "value\n-continued")])]),
        ),
        (
            "[profile foo]\nname = value\n -continued # Comment",
            expect(&[("foo", &[("name", "value\n-continued # Comment")])]),
        ),
        (
            "[profile foo]\nname = value\n -continued ; Comment",
            expect(&[("foo", &[("name", "value\n-continued ; Comment")])]),
        ),
        (
            "[profile foo]\nname = value\n[profile foo]\nname2 = value2",
            expect(&[("foo", &[("name", "value"), ("name2", "value2")])]),
        ),
        (
            "[profile foo]\nname = value\nname = value2",
            expect(&[("foo", &[("name", "value2")])]),
        ),
        (
            "[profile foo]\nname = value\n[profile foo]\nname = value2",
            expect(&[("foo", &[("name", "value2")])]),
        ),
        (
            "[profile foo]\nName = value\n[profile foo]\nname = value2",
            expect(&[("foo", &[("name", "value2")])]),
        ),
        (
            "[profile default]\nname = value\n[default]\nname2 = value2",
            expect(&[("default", &[("name", "value")])]),
        ),
        (
            "[default]\nname2 = value2\n[profile default]\nname = value",
            expect(&[("default", &[("name", "value")])]),
        ),
        (
            "[profile default]\nname = value\n[default]\nname2 = value2\n[profile default]\nname3 = value3",
            expect(&[("default", &[("name", "value"), ("name3", "value3")])]),
        ),
        (
            "[default]\nname = value",
            expect(&[("default", &[("name", "value")])]),
        ),
        ("[profile foo]\nin valid = value", expect(&[("foo", &[])])),
        (
            "[profile ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_]",
            expect(&[(
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
                &[],
            )]),
        ),
        (
            "[profile foo]\nABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_ = value",
            expect(&[(
                "foo",
                &[(
                    "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz0123456789-_",
                    "value",
                )],
            )]),
        ),
        (
            "[profile foo]\ns3 =\n name = value",
            expect(&[("foo", &[("s3", "\nname = value")])]),
        ),
        (
            "[profile foo]\ns3 =\n name =",
            expect(&[("foo", &[("s3", "\nname =")])]),
        ),
        (
            "[profile foo]\ns3 =\n in valid = value",
            expect(&[("foo", &[("s3", "\nin valid = value")])]),
        ),
        (
            "[profile foo]\ns3 =\n name = value\n\t \n name2 = value2",
            expect(&[("foo", &[("s3", "\nname = value\nname2 = value2")])]),
        ),
        ("[foo]\nname = value", expect(&[])),
        (
            "[profilefoo]\nname = value\n[profile bar]",
            expect(&[("bar", &[])]),
        ),
        (
            "[   profile foo    ]\nname = value\n[profile bar]",
            expect(&[("bar", &[]), ("foo", &[("name", "value")])]),
        ),
        (
            "[profile foo]\nname = value\n[profile in valid]\nx = 1\n[profile bar]\nname = value2",
            expect(&[
                ("bar", &[("name", "value2")]),
                ("foo", &[("name", "value")]),
            ]),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(&config(text), expected, "config file {text:?}");
    }
}

#[test]
fn spec_error_cases_name_file_and_line() {
    let cases = [
        (
            "[profile foo",
            "line 1: profile definition must end with ']'",
        ),
        ("name = value", "line 1: expected a profile definition"),
        (
            "[profile foo]\n= value",
            "line 2: property did not have a name",
        ),
        (
            "[profile foo]\nkey : value",
            "line 2: expected an '=' sign defining a property",
        ),
        (" -continued", "line 1: expected a profile definition"),
        (
            "[profile foo]\n -continued",
            "line 2: expected a property definition, found continuation",
        ),
        (
            "[profile foo]\nname = value\n[profile foo]\n -continued",
            "line 4: expected a property definition, found continuation",
        ),
        (
            "[profile foo]\ns3 =\n invalid",
            "line 3: expected an '=' sign defining a sub-property",
        ),
        (
            "[profile foo]\ns3 =\n = value",
            "line 3: sub-property did not have a name",
        ),
    ];
    for (text, wanted) in cases {
        let message = config_err(text);
        assert!(
            message.starts_with("invalid profile file /home/u/.aws/config, line "),
            "{message}"
        );
        assert!(message.contains(wanted), "{text:?}: {message}");
    }
}

#[test]
fn errors_never_quote_the_line() {
    let creds =
        "[default]\naws_access_key_id = AKID\naws_secret_access_key wJalrXUtnFEMI/K7MDENG\n";
    let err = both(None, Some(creds)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid profile file /home/u/.aws/credentials, line 3: expected an '=' sign defining a property"
    );
    assert_eq!(err.line(), Some(3));
    assert_eq!(err.kind(), ProfileErrorKind::PropertyWithoutEquals);
    assert!(!format!("{err:?}").contains("wJalr"));
}

#[test]
fn nul_byte_is_an_error_naming_the_file() {
    let err = both(None, Some("[default]\nkey = a\0b")).unwrap_err();
    assert_eq!(err.kind(), ProfileErrorKind::NulByte);
    assert_eq!(
        err.to_string(),
        "invalid profile file /home/u/.aws/credentials, line 2: contains a NUL byte"
    );
}

#[test]
fn spec_cases_with_credentials_file() {
    let merged = both(
        Some("[profile foo]\nname = value"),
        Some("[foo]\nname2 = value2"),
    )
    .unwrap();
    assert_eq!(
        flat(&merged),
        expect(&[("foo", &[("name", "value"), ("name2", "value2")])])
    );

    let merged = both(
        Some("[profile default]\nname = value\n[default]\nname2 = value2\n[profile default]\nname3 = value3"),
        Some("[default]\nsecret=foo"),
    )
    .unwrap();
    assert_eq!(
        flat(&merged),
        expect(&[(
            "default",
            &[("name", "value"), ("name3", "value3"), ("secret", "foo")]
        )])
    );

    let merged = both(
        Some("[profile foo]\nname = value"),
        Some("[foo]\nname = value2"),
    )
    .unwrap();
    assert_eq!(flat(&merged), expect(&[("foo", &[("name", "value2")])]));

    let ignored = both(
        Some("[profile in valid]\nname = value"),
        Some("[in valid 2]\nname2 = value2"),
    );
    assert_eq!(flat(&ignored.unwrap()), expect(&[]));

    let prefixed = both(None, Some("[profile foo]\nname = value")).unwrap();
    assert_eq!(flat(&prefixed), expect(&[]));
    assert_eq!(
        prefixed.warnings(),
        [
            "/home/u/.aws/credentials, line 1: ignored a section: the credentials file does not take the `profile` prefix"
        ]
    );

    let spaced = both(None, Some("[   foo    ]\nname = value\n[profile bar]")).unwrap();
    assert_eq!(flat(&spaced), expect(&[("foo", &[("name", "value")])]));

    let sneaky = both(None, Some("[sso-sessionfoo]\nname = value\n[bar]")).unwrap();
    assert_eq!(
        flat(&sneaky),
        expect(&[("sso-sessionfoo", &[("name", "value")]), ("bar", &[])])
    );
    assert!(sneaky.sso_session("foo").is_none());
}

#[test]
fn sso_sessions_and_services_sections() {
    let text = "[sso-session foo]\nname = value\n[profile bar]\n\
                [services local]\ncognito_identity_provider =\n  endpoint_url = http://127.0.0.1:5000\n  Region = us-east-1\n\
                sts =\n  endpoint_url = http://localhost:1\n";
    let set = both(Some(text), None).unwrap();
    assert_eq!(flat(&set), expect(&[("bar", &[])]));
    assert_eq!(set.sso_session("foo").unwrap().get("name"), Some("value"));
    let services = set.services("local").unwrap();
    let cognito = services
        .sub_properties("COGNITO_IDENTITY_PROVIDER")
        .unwrap();
    assert_eq!(
        cognito
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect::<Vec<_>>(),
        [
            ("endpoint_url", "http://127.0.0.1:5000"),
            ("region", "us-east-1")
        ]
    );
    assert_eq!(
        services
            .sub_properties("sts")
            .unwrap()
            .get("endpoint_url")
            .map(String::as_str),
        Some("http://localhost:1")
    );
    assert_eq!(services.sub_properties("missing"), None);
    assert!(set.profile("local").is_none());
    // A section type needs a name; `[services]` alone is not one.
    let bare = both(Some("[services]\ns3 =\n  endpoint_url = x"), None).unwrap();
    assert!(bare.services("").is_none());
    assert_eq!(bare.warnings().len(), 1);
}

#[test]
fn warnings_name_file_and_line_but_no_value() {
    let set = both(
        Some("[foo]\nx = 1\n[profile ok]\nbad key = AKIDSECRET\n[profile b@d!]\n"),
        None,
    )
    .unwrap();
    assert_eq!(
        set.warnings(),
        [
            "/home/u/.aws/config, line 1: ignored a section: config file sections are `[default]`, `[profile name]`, `[sso-session name]` or `[services name]`",
            "/home/u/.aws/config, line 4: ignored a property: invalid property name",
            "/home/u/.aws/config, line 5: ignored a section: invalid profile name in the config file",
        ]
    );
}

#[test]
fn debug_redacts_secrets() {
    let set = ProfileSet::parse(
        None,
        Some((
            Path::new("c"),
            "[default]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = wJalrXUtnFEMI\naws_session_token = FwoGZX\nregion = eu-west-1",
        )),
        "default",
    )
    .unwrap();
    let profile = set.selected().unwrap();
    assert_eq!(
        format!("{profile:?}"),
        "Section { name: \"default\", properties: {\"aws_access_key_id\": \"AKIDEXAMPLE\", \
         \"aws_secret_access_key\": <redacted>, \"aws_session_token\": <redacted>, \"region\": \"eu-west-1\"} }"
    );
    let all = format!("{set:?}");
    assert!(!all.contains("wJalr") && !all.contains("FwoGZX"), "{all}");
    assert!(all.contains("AKIDEXAMPLE"), "{all}");
    assert_eq!(profile.get("aws_secret_access_key"), Some("wJalrXUtnFEMI"));
}

#[test]
fn selection_and_region() {
    let text = "[default]\nregion = us-west-2\n[profile dev]\nregion = eu-west-1\n";
    let dev = ProfileSet::parse(Some((Path::new(CONFIG), text)), None, "dev").unwrap();
    assert_eq!(dev.selected_name(), "dev");
    assert_eq!(dev.selected().unwrap().get("region"), Some("eu-west-1"));
    assert_eq!(dev.profile_names().collect::<Vec<_>>(), ["default", "dev"]);
    let none = Env::from_pairs::<&str, &str>([]);
    assert_eq!(
        region_from_env_or_profile(&none, &dev).as_deref(),
        Some("eu-west-1")
    );
    let both_vars = Env::from_pairs([
        ("AWS_REGION", "ap-south-1"),
        ("AWS_DEFAULT_REGION", "us-east-2"),
    ]);
    assert_eq!(
        region_from_env_or_profile(&both_vars, &dev).as_deref(),
        Some("ap-south-1")
    );
    let missing = ProfileSet::parse(Some((Path::new(CONFIG), text)), None, "nope").unwrap();
    assert!(missing.selected().is_none());
    assert_eq!(region_from_env_or_profile(&none, &missing), None);
}

/// A unique directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> Self {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("awsop-profile-{tag}-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn write(&self, name: &str, contents: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, contents).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn load_reads_the_files_named_by_the_environment() {
    let dir = TempDir::new("load");
    let config = dir.write("cfg", b"[profile dev]\nregion = eu-west-1\n");
    let creds = dir.write("creds", b"[dev]\naws_access_key_id = AKID\n");
    let env = Env::from_pairs([
        ("AWS_CONFIG_FILE", config.to_str().unwrap()),
        ("AWS_SHARED_CREDENTIALS_FILE", creds.to_str().unwrap()),
        ("AWS_PROFILE", "dev"),
    ]);
    let set = ProfileSet::load(&env, None).unwrap();
    assert_eq!(set.selected_name(), "dev");
    let dev = set.selected().unwrap();
    assert_eq!(dev.get("region"), Some("eu-west-1"));
    assert_eq!(dev.get("aws_access_key_id"), Some("AKID"));
    assert_eq!(set.config_path(), Some(config.as_path()));
    let other = ProfileSet::load(&env, Some("other")).unwrap();
    assert_eq!(other.selected_name(), "other");
    assert!(other.selected().is_none());
}

#[test]
fn load_defaults_to_home_and_missing_files_are_empty() {
    let dir = TempDir::new("home");
    std::fs::create_dir_all(dir.0.join(".aws")).unwrap();
    dir.write(".aws/config", b"[default]\nregion = sa-east-1\n");
    let env = Env::from_pairs([("HOME", dir.0.to_str().unwrap())]);
    let set = ProfileSet::load(&env, None).unwrap();
    assert_eq!(set.selected_name(), "default");
    assert_eq!(set.selected().unwrap().get("region"), Some("sa-east-1"));
    assert_eq!(
        set.credentials_path(),
        Some(dir.0.join(".aws/credentials").as_path())
    );

    let empty = TempDir::new("empty");
    let env = Env::from_pairs([("HOME", empty.0.to_str().unwrap())]);
    let set = ProfileSet::load(&env, None).unwrap();
    assert_eq!(set.profile_names().count(), 0);
    assert_eq!(
        set.config_path(),
        Some(empty.0.join(".aws/config").as_path())
    );

    // AWS_CONFIG_FILE with a leading `~` is expanded.
    let env = Env::from_pairs([
        ("HOME", dir.0.to_str().unwrap()),
        ("AWS_CONFIG_FILE", "~/.aws/config"),
    ]);
    let set = ProfileSet::load(&env, None).unwrap();
    assert_eq!(set.selected().unwrap().get("region"), Some("sa-east-1"));
}

/// The race the first check leaves open: the path becomes a FIFO after it
/// was checked. Opening it must still return at once, and the check on
/// the opened file refuses it.
#[cfg(target_os = "linux")]
#[test]
fn opening_a_fifo_does_not_wait_for_a_writer() {
    let dir = TempDir::new("fifo");
    let fifo = dir.0.join("fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let file = open_nonblocking(&fifo).unwrap();
        let _ = tx.send(file.metadata().unwrap().is_file());
    });
    // A generous bound: without O_NONBLOCK the open never returns.
    let is_file = rx
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("opening a FIFO blocked");
    assert!(!is_file);
}

#[test]
fn load_rejects_nul_and_invalid_utf8_naming_the_file() {
    let dir = TempDir::new("bad");
    let nul = dir.write("nul", b"[default]\nregion = a\0\n");
    let env = Env::from_pairs([("AWS_CONFIG_FILE", nul.to_str().unwrap())]);
    let err = ProfileSet::load(&env, None).unwrap_err();
    assert_eq!(err.kind(), ProfileErrorKind::NulByte);
    assert_eq!(err.path(), nul.as_path());
    assert!(err.to_string().contains(nul.to_str().unwrap()), "{err}");

    let latin1 = dir.write("latin1", b"[default]\n\nregion = caf\xe9\n");
    let env = Env::from_pairs([("AWS_SHARED_CREDENTIALS_FILE", latin1.to_str().unwrap())]);
    let err = ProfileSet::load(&env, None).unwrap_err();
    assert_eq!(err.kind(), ProfileErrorKind::InvalidUtf8);
    assert_eq!(
        err.to_string(),
        format!(
            "invalid profile file {}, line 3: is not valid UTF-8",
            latin1.display()
        )
    );

    // A directory where a file should be is not a regular file.
    let env = Env::from_pairs([("AWS_CONFIG_FILE", dir.0.to_str().unwrap())]);
    let err = ProfileSet::load(&env, None).unwrap_err();
    assert_eq!(err.kind(), ProfileErrorKind::NotAFile);
    assert_eq!(
        err.to_string(),
        format!("profile file {} is not a regular file", dir.0.display())
    );
}

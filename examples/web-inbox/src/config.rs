//! Command-line flags and the Twilio environment variables.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;

/// The usage text `--help` prints.
pub const USAGE: &str = "\
web-inbox: the merchant's SMS inbox, over sms-inbox

USAGE:
    cargo run --release -p web-inbox -- [FLAGS]

FLAGS:
    --listen ADDR       where to serve (default 127.0.0.1:3000)
    --db PATH           the SQLite file (default: sms-inbox-web-demo.db in the temp dir,
                        or sms-inbox-web.db in the current dir in Twilio mode)
    --reset             delete the database file first (demo data is written anew)
    --public-url URL    the URL Twilio calls, e.g. https://inbox.example.com (Twilio mode)
    --shop-name NAME    the shop's name when Twilio mode creates it (default \"My Shop\")
    -h, --help          this text

TWILIO MODE (all three set): TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM_NUMBER.
Without them the server runs the demo: a sample shop, a simulated carrier and a demo phone.";

/// Twilio's credentials and sending number, from the environment.
#[derive(Clone)]
pub struct TwilioEnv {
    /// `TWILIO_ACCOUNT_SID`, `AC…`.
    pub account_sid: String,
    /// `TWILIO_AUTH_TOKEN`: signs requests both ways.
    pub auth_token: String,
    /// `TWILIO_FROM_NUMBER`: the shop's number, E.164.
    pub from_number: String,
}

impl fmt::Debug for TwilioEnv {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TwilioEnv")
            .field("account_sid", &self.account_sid)
            .finish_non_exhaustive()
    }
}

/// How the server was asked to run.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where to listen.
    pub listen: SocketAddr,
    /// The SQLite file.
    pub db: PathBuf,
    /// Delete the database first.
    pub reset: bool,
    /// The public base URL, for Twilio's signatures and status callbacks.
    pub public_url: Option<String>,
    /// The shop's name in Twilio mode.
    pub shop_name: String,
    /// Twilio mode, when its variables are set.
    pub twilio: Option<TwilioEnv>,
}

/// What the command line asked for.
#[derive(Debug)]
pub enum Command {
    /// Serve with this configuration.
    Serve(Config),
    /// Print [`USAGE`].
    Help,
}

impl Config {
    /// Reads flags (without the program name) and looks variables up with `env`.
    pub fn parse(
        args: impl IntoIterator<Item = String>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Command, String> {
        let mut listen: SocketAddr = ([127, 0, 0, 1], 3000).into();
        let mut db = None;
        let mut reset = false;
        let mut public_url = None;
        let mut shop_name = "My Shop".to_owned();
        let mut args = args.into_iter();
        while let Some(flag) = args.next() {
            let mut value = |name: &str| {
                args.next()
                    .ok_or_else(|| format!("{name} needs a value; see --help"))
            };
            match flag.as_str() {
                "-h" | "--help" => return Ok(Command::Help),
                "--listen" => {
                    let v = value("--listen")?;
                    listen = v.parse().map_err(|_| {
                        format!("--listen {v:?} is not an address such as 127.0.0.1:3000")
                    })?;
                }
                "--db" => db = Some(PathBuf::from(value("--db")?)),
                "--reset" => reset = true,
                "--public-url" => {
                    let v = value("--public-url")?;
                    if !(v.starts_with("https://") || v.starts_with("http://")) {
                        return Err(format!(
                            "--public-url {v:?} is not a URL such as https://inbox.example.com"
                        ));
                    }
                    public_url = Some(v.trim_end_matches('/').to_owned());
                }
                "--shop-name" => shop_name = value("--shop-name")?,
                other => return Err(format!("unknown flag {other:?}; see --help")),
            }
        }
        let vars = [
            "TWILIO_ACCOUNT_SID",
            "TWILIO_AUTH_TOKEN",
            "TWILIO_FROM_NUMBER",
        ]
        .map(|name| env(name).filter(|v| !v.trim().is_empty()));
        let twilio = match vars {
            [Some(account_sid), Some(auth_token), Some(from_number)] => Some(TwilioEnv {
                account_sid,
                auth_token,
                from_number,
            }),
            [None, None, None] => None,
            _ => {
                return Err(
                    "Twilio mode needs all of TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN \
                            and TWILIO_FROM_NUMBER; unset all three for the demo"
                        .into(),
                );
            }
        };
        if twilio.is_some() && public_url.is_none() {
            return Err(
                "Twilio mode needs --public-url: the URL Twilio calls, which its \
                        signatures are checked against"
                    .into(),
            );
        }
        let db = db.unwrap_or_else(|| match twilio {
            Some(_) => PathBuf::from("sms-inbox-web.db"),
            None => std::env::temp_dir().join("sms-inbox-web-demo.db"),
        });
        Ok(Command::Serve(Config {
            listen,
            db,
            reset,
            public_url,
            shop_name,
            twilio,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str], env: &[(&str, &str)]) -> Result<Command, String> {
        let env: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::parse(args.iter().map(|s| s.to_string()), |name| {
            env.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
        })
    }

    #[test]
    fn defaults_to_the_demo_on_port_3000() {
        let Ok(Command::Serve(c)) = parse(&[], &[]) else {
            panic!("serve")
        };
        assert_eq!(c.listen.to_string(), "127.0.0.1:3000");
        assert!(c.twilio.is_none());
        assert!(c.db.ends_with("sms-inbox-web-demo.db"));
    }

    #[test]
    fn reads_flags_and_twilio_variables() {
        let env = [
            ("TWILIO_ACCOUNT_SID", "AC0123"),
            ("TWILIO_AUTH_TOKEN", "secret-token"),
            ("TWILIO_FROM_NUMBER", "+14155550100"),
        ];
        let args = [
            "--listen",
            "0.0.0.0:8080",
            "--db",
            "x.db",
            "--public-url",
            "https://in.example.com/",
        ];
        let Ok(Command::Serve(c)) = parse(&args, &env) else {
            panic!("serve")
        };
        assert_eq!(c.listen.port(), 8080);
        assert_eq!(c.public_url.as_deref(), Some("https://in.example.com"));
        let twilio = c.twilio.expect("twilio mode");
        assert!(!format!("{twilio:?}").contains("secret-token"));
    }

    #[test]
    fn refuses_half_a_configuration() {
        assert!(parse(&["--listen", "nope"], &[]).is_err());
        assert!(parse(&["--frobnicate"], &[]).is_err());
        assert!(parse(&["--db"], &[]).is_err());
        assert!(parse(&[], &[("TWILIO_ACCOUNT_SID", "AC1")]).is_err());
        let env = [
            ("TWILIO_ACCOUNT_SID", "AC0123"),
            ("TWILIO_AUTH_TOKEN", "t"),
            ("TWILIO_FROM_NUMBER", "+14155550100"),
        ];
        assert!(parse(&[], &env).is_err(), "no --public-url");
        assert!(matches!(parse(&["--help"], &[]), Ok(Command::Help)));
    }
}

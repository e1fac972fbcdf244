//! One AssociateSoftwareToken call with the official SDK: the program whose
//! build cost and binary size bench/run.sh compares with awsop's.

use aws_config::{BehaviorVersion, Region};
use aws_sdk_cognitoidentityprovider::config::Credentials;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let endpoint = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "http://127.0.0.1:9".to_owned());
    let config = aws_config::defaults(BehaviorVersion::latest())
        .region(Region::new("us-east-1"))
        .credentials_provider(Credentials::new(
            "AKIDEXAMPLE",
            "SECRET",
            None,
            None,
            "bench",
        ))
        .endpoint_url(endpoint)
        .load()
        .await;
    let client = aws_sdk_cognitoidentityprovider::Client::new(&config);
    match client
        .associate_software_token()
        .access_token("access-token")
        .send()
        .await
    {
        Ok(out) => println!("secret code: {}", out.secret_code().is_some()),
        Err(err) => eprintln!("error: {err}"),
    }
}

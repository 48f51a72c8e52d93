//! `headerscope check --format json` on messages signed here with keys generated here.
//! Needs the lead's CLI (`check [FILE] --zone FILE --offline --now SECS --format json`).

use mail_auth::common::crypto::Ed25519Key;
use mail_auth::common::headers::HeaderWriter;
use mail_auth::dkim::generate::DkimKeyPair;
use mail_auth::dkim::DkimSigner;
use serde_json::Value;
use std::process::Command;

#[test]
fn check_json_lists_each_signature_with_its_result() {
    let dir = std::env::temp_dir().join(format!("headerscope-dkim-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let ed = DkimKeyPair::generate_ed25519().unwrap();
    let zone = format!(
        "ed._domainkey.example.com. IN TXT \"v=DKIM1; k=ed25519; p={}\"\n",
        ed.encoded_public_key()
    );
    let msg = "From: a@example.com\r\nTo: b@example.net\r\nSubject: hi\r\n\r\nbody\r\n";
    let key = Ed25519Key::from_pkcs8_der(ed.private_key()).unwrap();
    let sig = DkimSigner::from_key(key)
        .domain("example.com")
        .selector("ed")
        .headers(["From", "To", "Subject"])
        .sign(msg.as_bytes())
        .unwrap();
    let good = format!("{}{}", sig.to_header(), msg);
    let tampered = good.replace("body", "changed body");
    std::fs::write(dir.join("zone.txt"), zone).unwrap();
    for (name, text, want) in [("good.eml", &good, "pass"), ("bad.eml", &tampered, "fail")] {
        std::fs::write(dir.join(name), text).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_headerscope"))
            .args([
                "check",
                dir.join(name).to_str().unwrap(),
                "--zone",
                dir.join("zone.txt").to_str().unwrap(),
                "--offline",
                "--now",
                &headerscope::unix_now().to_string(),
                "--format",
                "json",
            ])
            .output()
            .unwrap();
        let json: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
        let dkim = json["dkim"].as_array().unwrap();
        assert_eq!(dkim.len(), 1);
        assert_eq!(dkim[0]["domain"], "example.com");
        assert_eq!(dkim[0]["selector"], "ed");
        assert_eq!(dkim[0]["algorithm"], "ed25519-sha256");
        assert_eq!(dkim[0]["result"], want, "{}", dkim[0]["reason"]);
        assert!(!dkim[0]["trace"].as_array().unwrap().is_empty());
        if want == "fail" {
            assert_eq!(dkim[0]["header_signature_valid"], true);
            assert_eq!(dkim[0]["body_hash_matches"], false);
        }
    }
}

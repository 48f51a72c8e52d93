//! The zone-file reader, then answers for every owner name it produced.
#![no_main]

use headerscope::dns::zone::Zone;
use headerscope::dns::RType;
use libfuzzer_sys::fuzz_target;

const TYPES: [RType; 8] = [
    RType::A,
    RType::Aaaa,
    RType::Mx,
    RType::Txt,
    RType::Ptr,
    RType::Cname,
    RType::Ns,
    RType::Spf,
];

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(zone) = Zone::parse(&text, Some("fuzz.example")) else {
        return;
    };
    let mut names: Vec<String> = zone.records().map(|r| r.name.clone()).collect();
    names.dedup();
    names.truncate(32);
    names.push("nothere.fuzz.example".into());
    for name in &names {
        let child = format!("x.{name}");
        for q in [name.as_str(), child.as_str()] {
            for t in TYPES {
                let a = zone.answer(q, t);
                for r in &a.records {
                    let _ = r.data.presentation();
                }
                let _ = a.txt_joined();
            }
        }
    }
});

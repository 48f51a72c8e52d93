//! Writes an Outlook `.msg` file as Outlook saves a received message
//! (MS-OXMSG §2: a Compound File Binary container; the top-level
//! `__properties_version1.0` stream with its 32-byte header and 16-byte
//! property entries, `__substg1.0_XXXXYYYY` streams for variable-length
//! properties, the `__nameid_version1.0` storage, one recipient storage).
//! `tests/unwrap.rs` regenerates `tests/data/unwrap/outlook.msg` with it
//! (`HEADERSCOPE_WRITE_MSG=1`) and checks the committed file reads the same.

use std::io::{Cursor, Write};

const PT_LONG: u16 = 0x0003;
const PT_UNICODE: u16 = 0x001F;
const PT_BINARY: u16 = 0x0102;
/// PROPATTR_READABLE | PROPATTR_WRITABLE (MS-OXMSG §2.4.2.1).
const FLAGS: u32 = 0x0000_0006;

/// A message as Outlook keeps it after receiving it.
pub struct MsgSpec<'a> {
    pub transport_headers: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    pub sender_name: &'a str,
    pub sender_address: &'a str,
    pub recipient_name: &'a str,
    pub recipient_address: &'a str,
}

fn utf16(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

/// A property entry: tag (type in the low word, ID in the high word),
/// flags, and 8 bytes of value (a variable-length property's size, which
/// for strings counts the terminating NUL, MS-OXMSG §2.4.2.2).
fn entry(id: u16, kind: u16, value: [u8; 8]) -> Vec<u8> {
    let tag = ((id as u32) << 16) | kind as u32;
    let mut e = tag.to_le_bytes().to_vec();
    e.extend_from_slice(&FLAGS.to_le_bytes());
    e.extend_from_slice(&value);
    e
}

fn size_value(len: usize) -> [u8; 8] {
    let mut v = [0u8; 8];
    v[..4].copy_from_slice(&(len as u32).to_le_bytes());
    v
}

fn long_value(n: u32) -> [u8; 8] {
    let mut v = [0u8; 8];
    v[..4].copy_from_slice(&n.to_le_bytes());
    v
}

struct Writer {
    file: cfb::CompoundFile<Cursor<Vec<u8>>>,
}

impl Writer {
    fn stream(&mut self, path: &str, bytes: &[u8]) {
        let mut s = self.file.create_stream(path).expect("create stream");
        s.write_all(bytes).expect("write stream");
    }

    /// A string property: its stream (UTF-16LE, no NUL) and its entry.
    fn string(&mut self, storage: &str, id: u16, value: &str, entries: &mut Vec<u8>) {
        let bytes = utf16(value);
        self.stream(
            &format!("{storage}/__substg1.0_{id:04X}{PT_UNICODE:04X}"),
            &bytes,
        );
        entries.extend(entry(id, PT_UNICODE, size_value(bytes.len() + 2)));
    }
}

pub fn write_msg(spec: &MsgSpec<'_>) -> Vec<u8> {
    let file = cfb::CompoundFile::create(Cursor::new(Vec::new())).expect("create cfb");
    let mut w = Writer { file };
    // The top level: header (reserved 8, next recipient ID, next attachment
    // ID, recipient count, attachment count, reserved 8), then entries.
    let mut top = vec![0u8; 8];
    for n in [1u32, 0, 1, 0] {
        top.extend_from_slice(&n.to_le_bytes());
    }
    top.extend_from_slice(&[0u8; 8]);
    w.string("", 0x001A, "IPM.Note", &mut top); // PR_MESSAGE_CLASS
    w.string("", 0x0037, spec.subject, &mut top); // PR_SUBJECT
    w.string("", 0x0C1A, spec.sender_name, &mut top); // PR_SENDER_NAME
    w.string("", 0x0C1F, spec.sender_address, &mut top); // PR_SENDER_EMAIL_ADDRESS
    w.string("", 0x0E04, spec.recipient_name, &mut top); // PR_DISPLAY_TO
    w.string("", 0x007D, spec.transport_headers, &mut top); // PR_TRANSPORT_MESSAGE_HEADERS
    w.string("", 0x1000, spec.body, &mut top); // PR_BODY
    top.extend(entry(0x0E07, PT_LONG, long_value(0x0000_0001))); // PR_MESSAGE_FLAGS: read
    top.extend(entry(0x3FDE, PT_LONG, long_value(65001))); // PR_INTERNET_CPID: UTF-8
    w.stream("/__properties_version1.0", &top);

    // The named property mapping storage: empty GUID, entry and string streams.
    w.file
        .create_storage("/__nameid_version1.0")
        .expect("nameid storage");
    for id in [0x0002u16, 0x0003, 0x0004] {
        w.stream(
            &format!("/__nameid_version1.0/__substg1.0_{id:04X}{PT_BINARY:04X}"),
            &[],
        );
    }

    // One recipient (MS-OXMSG §2.2.1): an 8-byte reserved header, then entries.
    let recip = "/__recip_version1.0_#00000000";
    w.file.create_storage(recip).expect("recipient storage");
    let mut r = vec![0u8; 8];
    w.string(recip, 0x3001, spec.recipient_name, &mut r); // PR_DISPLAY_NAME
    w.string(recip, 0x3003, spec.recipient_address, &mut r); // PR_EMAIL_ADDRESS
    w.string(recip, 0x3002, "SMTP", &mut r); // PR_ADDRTYPE
    r.extend(entry(0x0C15, PT_LONG, long_value(1))); // PR_RECIPIENT_TYPE: To
    r.extend(entry(0x3000, PT_LONG, long_value(0))); // PR_ROWID
    w.stream(&format!("{recip}/__properties_version1.0"), &r);

    w.file.flush().expect("flush");
    w.file.into_inner().into_inner()
}

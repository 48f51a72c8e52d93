//! A sentence as data: a catalog key and its typed arguments, rendered in a
//! language only when it is shown.
//!
//! The core never writes a finished sentence. `tr!` makes a [`Text`]: which
//! catalog entry, and what fills its placeholders (a name or address as
//! written, a count, or another sentence). English is one rendering of it
//! (what the CLI prints and the JSON's `text` fields carry); German and
//! Ukrainian are others, from the same catalogs. Nothing is ever read back
//! out of rendered text, and program logic asks a `Text` for its key, never
//! for its words.
//!
//! Outside text (a resolver's error message, an SPF `exp=` text, a
//! receiver's comment) is [`Text::Verbatim`]: shown as written in every
//! language.
//!
//! In JSON a sentence field keeps its English (`"text": "…"`) and gains its
//! key and arguments beside it (`"text_i18n": {"key": "Spf.Include",
//! "args": {"domain": "example.org"}}`); see [`fields`].

use super::phrases::Phrase;
use super::{fill, Lang, Msg};
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;

/// Which catalog entry a sentence is.
#[derive(Debug, Clone, Copy)]
pub enum Key {
    /// A sentence of the core's catalogs (`i18n::phrases`).
    Core(&'static Phrase),
    /// A string of the app's catalog (`i18n::Msg`), used by the summary.
    App(Msg),
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        match (self, other) {
            // `PHRASES` is a constant: two references to one entry need not
            // share an address, so entries compare by name.
            (Key::Core(a), Key::Core(b)) => a.area == b.area && a.name == b.name,
            (Key::App(a), Key::App(b)) => a == b,
            _ => false,
        }
    }
}

impl Eq for Key {}

impl Key {
    /// The stable name a report stores: `Spf.Include`, `App.SumSpfFail`.
    pub fn name(self) -> String {
        match self {
            Key::Core(p) => format!("{}.{}", p.area, p.name),
            Key::App(m) => format!("App.{}", m.name()),
        }
    }

    /// The key named `name`, if this version's catalogs have it.
    pub fn from_name(name: &str) -> Option<Key> {
        let (area, entry) = name.split_once('.')?;
        if area == "App" {
            return Msg::from_name(entry).map(Key::App);
        }
        super::phrases::all()
            .find(|p| p.area == area && p.name == entry)
            .map(Key::Core)
    }

    fn template(self, lang: Lang, n: u64) -> &'static str {
        match self {
            Key::Core(p) => p.form(lang, n),
            Key::App(m) => m.text(lang),
        }
    }

    fn is_plural(self) -> bool {
        matches!(self, Key::Core(p) if p.plural)
    }
}

/// What fills one placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// A name, address, record or RFC word: the same in every language.
    Data(String),
    /// A count: it picks a plural form and is written as digits.
    Count(u64),
    /// A sentence inside the sentence, rendered in the same language.
    Text(Text),
}

impl Arg {
    /// A sentence as an argument; outside text is plain data (one form
    /// for one meaning, so a stored sentence reads back equal).
    pub fn sentence(t: Text) -> Arg {
        match t {
            Text::Verbatim(s) => Arg::Data(s),
            keyed => Arg::Text(keyed),
        }
    }

    fn render(&self, lang: Lang) -> String {
        match self {
            Arg::Data(s) => s.clone(),
            Arg::Count(n) => n.to_string(),
            Arg::Text(t) => t.render(lang),
        }
    }

    fn count(&self) -> Option<u64> {
        match self {
            Arg::Count(n) => Some(*n),
            Arg::Data(s) => s.parse().ok(),
            Arg::Text(_) => None,
        }
    }
}

/// A catalog sentence with its arguments, in the order the call named them.
#[derive(Debug, Clone)]
pub struct Keyed {
    pub key: Key,
    pub args: Vec<(Cow<'static, str>, Arg)>,
}

/// Arguments are named: their order (which a JSON object does not keep)
/// is not part of the sentence.
impl PartialEq for Keyed {
    fn eq(&self, other: &Keyed) -> bool {
        self.key == other.key
            && self.args.len() == other.args.len()
            && self
                .args
                .iter()
                .all(|(n, a)| other.args.iter().any(|(m, b)| n == m && a == b))
    }
}

impl Eq for Keyed {}

/// A sentence for people: a catalog entry with arguments, or outside text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    Keyed(Keyed),
    Verbatim(String),
}

impl Default for Text {
    fn default() -> Text {
        Text::Verbatim(String::new())
    }
}

/// A piece of a rendered sentence: the app marks outside text as such
/// (`lang="en"` where it is English the catalogs do not know).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Translated(String),
    Verbatim(String),
}

impl Text {
    pub fn new(key: Key, args: Vec<(Cow<'static, str>, Arg)>) -> Text {
        Text::Keyed(Keyed { key, args })
    }

    /// A string of the app's catalog with its arguments.
    pub fn app(msg: Msg, args: Vec<(&'static str, Arg)>) -> Text {
        Text::new(
            Key::App(msg),
            args.into_iter()
                .map(|(k, v)| (Cow::Borrowed(k), v))
                .collect(),
        )
    }

    /// Outside text, shown as written in every language.
    pub fn verbatim(s: impl Into<String>) -> Text {
        Text::Verbatim(s.into())
    }

    /// The sentence in English: what the CLI prints and the JSON carries.
    pub fn en(&self) -> String {
        self.render(Lang::En)
    }

    /// The sentence in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Text::Verbatim(s) => s.clone(),
            Text::Keyed(k) => {
                let values: Vec<(&str, String)> = k
                    .args
                    .iter()
                    .map(|(name, a)| (name.as_ref(), a.render(lang)))
                    .collect();
                let refs: Vec<(&str, &dyn fmt::Display)> = values
                    .iter()
                    .map(|(name, v)| (*name, v as &dyn fmt::Display))
                    .collect();
                fill(k.key.template(lang, self.count()), &refs)
            }
        }
    }

    /// The sentence in `lang` in pieces: the catalog's words (with data and
    /// counts) joined, outside text on its own.
    pub fn segments(&self, lang: Lang) -> Vec<Segment> {
        let mut out = Vec::new();
        self.push_segments(lang, &mut out);
        out
    }

    fn push_segments(&self, lang: Lang, out: &mut Vec<Segment>) {
        fn translated(out: &mut Vec<Segment>, t: &str) {
            if t.is_empty() {
                return;
            }
            match out.last_mut() {
                Some(Segment::Translated(prev)) => prev.push_str(t),
                _ => out.push(Segment::Translated(t.to_string())),
            }
        }
        let k = match self {
            Text::Verbatim(s) => {
                if !s.is_empty() {
                    out.push(Segment::Verbatim(s.clone()));
                }
                return;
            }
            Text::Keyed(k) => k,
        };
        let mut rest = k.key.template(lang, self.count());
        // The placeholder syntax of `i18n::fill`: an unknown name stays as written.
        while let Some(open) = rest.find('{') {
            translated(out, &rest[..open]);
            let after = &rest[open + 1..];
            let found = after
                .find('}')
                .and_then(|end| self.arg(&after[..end]).map(|a| (end, a)));
            match found {
                Some((end, arg)) => {
                    match arg {
                        Arg::Text(t) => t.push_segments(lang, out),
                        other => translated(out, &other.render(lang)),
                    }
                    rest = &after[end + 1..];
                }
                None => {
                    translated(out, "{");
                    rest = after;
                }
            }
        }
        translated(out, rest);
    }

    /// The catalog entry, when this is one.
    pub fn key(&self) -> Option<Key> {
        match self {
            Text::Keyed(k) => Some(k.key),
            Text::Verbatim(_) => None,
        }
    }

    /// Whether this is the core sentence `phrase`: how logic asks what a
    /// sentence says.
    pub fn is(&self, phrase: &'static Phrase) -> bool {
        self.key() == Some(Key::Core(phrase))
    }

    /// The argument named `name`.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        match self {
            Text::Keyed(k) => k.args.iter().find(|(n, _)| n == name).map(|(_, a)| a),
            Text::Verbatim(_) => None,
        }
    }

    /// This sentence and every sentence inside it, outermost first.
    pub fn walk(&self) -> Vec<&Text> {
        let mut out = vec![self];
        if let Text::Keyed(k) = self {
            for (_, a) in &k.args {
                if let Arg::Text(t) = a {
                    out.extend(t.walk());
                }
            }
        }
        out
    }

    /// Whether this sentence, or one inside it, is `phrase`.
    pub fn mentions(&self, phrase: &'static Phrase) -> bool {
        self.walk().into_iter().any(|t| t.is(phrase))
    }

    /// The outside text, when this is outside text (a fact's label or
    /// value written as data).
    pub fn as_verbatim(&self) -> Option<&str> {
        match self {
            Text::Verbatim(s) => Some(s),
            Text::Keyed(_) => None,
        }
    }

    pub fn is_empty(&self) -> bool {
        matches!(self, Text::Verbatim(s) if s.is_empty())
    }

    /// The number that picks a plural form: the argument `n`.
    fn count(&self) -> u64 {
        match self {
            Text::Keyed(k) if k.key.is_plural() => self.arg("n").and_then(Arg::count).unwrap_or(0),
            _ => 0,
        }
    }
}

/// What a sentence slot accepts: a sentence, or outside text as written
/// (a raw record, a header line). Deliberately no conversion from `Text`
/// to `String` exists but [`Text::en`] and [`Text::render`], so English is
/// never produced by accident where a sentence should travel.
pub trait IntoText {
    fn into_text(self) -> Text;
}

impl IntoText for Text {
    fn into_text(self) -> Text {
        self
    }
}

impl IntoText for &Text {
    fn into_text(self) -> Text {
        self.clone()
    }
}

impl IntoText for String {
    fn into_text(self) -> Text {
        Text::Verbatim(self)
    }
}

impl IntoText for &String {
    fn into_text(self) -> Text {
        Text::Verbatim(self.clone())
    }
}

impl IntoText for &str {
    fn into_text(self) -> Text {
        Text::Verbatim(self.to_string())
    }
}

macro_rules! data_into_text {
    ($($t:ty),*) => {$(
        impl IntoText for $t {
            fn into_text(self) -> Text {
                Text::Verbatim(self.to_string())
            }
        }
    )*};
}
data_into_text!(bool, u8, u16, u32, u64, usize, i32, i64, char, f64);
data_into_text!(std::net::IpAddr, std::net::Ipv4Addr, std::net::Ipv6Addr);
data_into_text!(
    crate::report::AuthResult,
    crate::dns::RType,
    crate::dns::Rcode
);

/// How `tr!` turns each argument into an [`Arg`]: a sentence stays a
/// sentence, an unsigned integer is a count, anything else that displays is
/// data. (Method resolution tries the impls on `ArgOf` before the one on
/// `&ArgOf`, so the specific ones win.)
pub struct ArgOf<'a, T: ?Sized>(pub &'a T);

pub trait SentenceArg {
    fn to_arg(&self) -> Arg;
}

impl SentenceArg for ArgOf<'_, Text> {
    fn to_arg(&self) -> Arg {
        Arg::sentence(self.0.clone())
    }
}

impl SentenceArg for ArgOf<'_, &Text> {
    fn to_arg(&self) -> Arg {
        Arg::sentence((*self.0).clone())
    }
}

macro_rules! count_args {
    ($($t:ty),*) => {$(
        impl SentenceArg for ArgOf<'_, $t> {
            fn to_arg(&self) -> Arg {
                Arg::Count(*self.0 as u64)
            }
        }
        impl SentenceArg for ArgOf<'_, &$t> {
            fn to_arg(&self) -> Arg {
                Arg::Count(**self.0 as u64)
            }
        }
    )*};
}
count_args!(u8, u16, u32, u64, usize);

// A signed number counts when it is not negative (an integer literal in a
// call is an `i32`).
macro_rules! signed_args {
    ($($t:ty),*) => {$(
        impl SentenceArg for ArgOf<'_, $t> {
            fn to_arg(&self) -> Arg {
                match u64::try_from(*self.0) {
                    Ok(n) => Arg::Count(n),
                    Err(_) => Arg::Data(self.0.to_string()),
                }
            }
        }
        impl SentenceArg for ArgOf<'_, &$t> {
            fn to_arg(&self) -> Arg {
                match u64::try_from(**self.0) {
                    Ok(n) => Arg::Count(n),
                    Err(_) => Arg::Data(self.0.to_string()),
                }
            }
        }
    )*};
}
signed_args!(i32, i64);

/// A value that says itself as a sentence (an error kind): as an argument
/// of `tr!` it is that sentence, so it is shown in the reader's language.
pub trait Describe {
    fn text(&self) -> Text;
}

/// A string of the app's catalog with named arguments, as a [`Text`]
/// rendered where it is shown: `app_text!(Msg::FileUnreadable, name = n)`.
#[macro_export]
macro_rules! app_text {
    ($key:expr $(, $name:ident = $value:expr)* $(,)?) => {{
        #[allow(unused_imports)]
        use $crate::i18n::text::{DataArg as _, SentenceArg as _};
        $crate::i18n::text::Text::new(
            $crate::i18n::text::Key::App($key),
            vec![$((
                ::std::borrow::Cow::Borrowed(stringify!($name)),
                (&$crate::i18n::text::ArgOf(&$value)).to_arg(),
            )),*],
        )
    }};
}

/// Lets `tr!` take a [`Describe`] type as a sentence argument.
#[macro_export]
macro_rules! sentence_arg {
    ($($t:ty),*) => {$(
        impl $crate::i18n::text::SentenceArg for $crate::i18n::text::ArgOf<'_, $t> {
            fn to_arg(&self) -> $crate::i18n::text::Arg {
                $crate::i18n::text::Arg::sentence($crate::i18n::text::Describe::text(self.0))
            }
        }
        impl $crate::i18n::text::SentenceArg for $crate::i18n::text::ArgOf<'_, &$t> {
            fn to_arg(&self) -> $crate::i18n::text::Arg {
                $crate::i18n::text::Arg::sentence($crate::i18n::text::Describe::text(*self.0))
            }
        }
    )*};
}

pub trait DataArg {
    fn to_arg(&self) -> Arg;
}

impl<T: fmt::Display + ?Sized> DataArg for &ArgOf<'_, T> {
    fn to_arg(&self) -> Arg {
        Arg::Data(self.0.to_string())
    }
}

// ---------------------------------------------------------------------------
// JSON: the English where it always was, the key and arguments beside it.

/// A sentence's key and arguments as a report stores them (written from a
/// borrow: serializing a report copies no sentence).
struct Wire<'a>(&'a Keyed);

impl Serialize for Wire<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Args<'a>(&'a [(Cow<'static, str>, Arg)]);
        impl Serialize for Args<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(self.0.len()))?;
                for (name, arg) in self.0 {
                    match arg {
                        Arg::Data(d) => m.serialize_entry(name, d)?,
                        Arg::Count(n) => m.serialize_entry(name, n)?,
                        Arg::Text(Text::Verbatim(v)) => m.serialize_entry(name, v)?,
                        Arg::Text(Text::Keyed(k)) => m.serialize_entry(name, &Wire(k))?,
                    }
                }
                m.end()
            }
        }
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("key", &self.0.key.name())?;
        if !self.0.args.is_empty() {
            m.serialize_entry("args", &Args(&self.0.args))?;
        }
        m.end()
    }
}

/// An argument as stored: a string, a number or a nested sentence.
#[derive(Deserialize)]
#[serde(untagged)]
enum WireArg {
    Count(u64),
    Data(String),
    Text(WireText),
}

#[derive(Deserialize)]
struct WireText {
    key: String,
    #[serde(default)]
    args: WireArgs,
}

/// Arguments keep their order (a map would sort them).
#[derive(Default)]
struct WireArgs(Vec<(String, WireArg)>);

impl<'de> Deserialize<'de> for WireArgs {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<WireArgs, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = WireArgs;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map of sentence arguments")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<WireArgs, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = m.next_entry::<String, WireArg>()? {
                    out.push((k, v));
                }
                Ok(WireArgs(out))
            }
        }
        d.deserialize_map(V)
    }
}

impl WireText {
    /// The sentence, or `None` when a key is unknown to this version (a
    /// report written by a newer one): then its English is all there is.
    fn into_text(self) -> Option<Text> {
        let key = Key::from_name(&self.key)?;
        let mut args = Vec::with_capacity(self.args.0.len());
        for (name, a) in self.args.0 {
            let arg = match a {
                WireArg::Count(n) => Arg::Count(n),
                WireArg::Data(d) => Arg::Data(d),
                WireArg::Text(t) => Arg::Text(t.into_text()?),
            };
            args.push((Cow::Owned(name), arg));
        }
        Some(Text::new(key, args))
    }
}

/// A sentence on its own (an error's payload, a tuple member): outside text
/// as its string; a catalog sentence as `{"text": English, "key": …,
/// "args": …}`. Fields of the report use [`fields`] instead, which keep
/// their English where it always was.
impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Text::Verbatim(v) => s.serialize_str(v),
            Text::Keyed(k) => {
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry("text", &self.en())?;
                m.serialize_entry("i18n", &Wire(k))?;
                m.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Stored {
            Plain(String),
            Keyed {
                text: String,
                #[serde(default)]
                i18n: Option<serde_json::Value>,
            },
        }
        Ok(match Stored::deserialize(d)? {
            Stored::Plain(s) => Text::Verbatim(s),
            Stored::Keyed { text, i18n } => Text::join(text, i18n),
        })
    }
}

/// A field that holds sentences: one, maybe one, or several.
pub trait Slot: Sized {
    type English: Serialize + for<'de> Deserialize<'de> + Default;
    /// The stored keys as read back: kept loose, so a key this version does
    /// not know leaves the English.
    type Keys: for<'de> Deserialize<'de>;
    fn english(&self) -> Self::English;
    /// Writes the keys and arguments as the entry `name`, when there are any.
    fn write_keys<M: SerializeMap>(&self, m: &mut M, name: &'static str) -> Result<(), M::Error>;
    fn join(english: Self::English, keys: Option<Self::Keys>) -> Self;
    fn is_empty(&self) -> bool;
}

/// A stored key that this version cannot read back leaves the English.
fn lenient(w: Option<serde_json::Value>) -> Option<Text> {
    let w = w?;
    serde_json::from_value::<WireText>(w).ok()?.into_text()
}

impl Slot for Text {
    type English = String;
    type Keys = serde_json::Value;
    fn english(&self) -> String {
        self.en()
    }
    fn write_keys<M: SerializeMap>(&self, m: &mut M, name: &'static str) -> Result<(), M::Error> {
        match self {
            Text::Keyed(k) => m.serialize_entry(name, &Wire(k)),
            Text::Verbatim(_) => Ok(()),
        }
    }
    fn join(english: String, keys: Option<serde_json::Value>) -> Text {
        lenient(keys).unwrap_or(Text::Verbatim(english))
    }
    fn is_empty(&self) -> bool {
        Text::is_empty(self)
    }
}

impl Slot for Option<Text> {
    type English = Option<String>;
    type Keys = serde_json::Value;
    fn english(&self) -> Option<String> {
        self.as_ref().map(Text::en)
    }
    fn write_keys<M: SerializeMap>(&self, m: &mut M, name: &'static str) -> Result<(), M::Error> {
        match self {
            Some(t) => t.write_keys(m, name),
            None => Ok(()),
        }
    }
    fn join(english: Option<String>, keys: Option<serde_json::Value>) -> Option<Text> {
        english.map(|e| Text::join(e, keys))
    }
    fn is_empty(&self) -> bool {
        self.is_none()
    }
}

/// The keys of a list of sentences, `null` for outside text.
struct WireList<'a>(&'a [Text]);

impl Serialize for WireList<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|t| match t {
            Text::Keyed(k) => Some(Wire(k)),
            Text::Verbatim(_) => None,
        }))
    }
}

impl Slot for Vec<Text> {
    type English = Vec<String>;
    type Keys = Vec<Option<serde_json::Value>>;
    fn english(&self) -> Vec<String> {
        self.iter().map(Text::en).collect()
    }
    fn write_keys<M: SerializeMap>(&self, m: &mut M, name: &'static str) -> Result<(), M::Error> {
        if self.iter().any(|t| t.key().is_some()) {
            m.serialize_entry(name, &WireList(self))?;
        }
        Ok(())
    }
    fn join(english: Vec<String>, keys: Option<Self::Keys>) -> Vec<Text> {
        let mut keys = keys.unwrap_or_default().into_iter();
        english
            .into_iter()
            .map(|e| Text::join(e, keys.next().flatten()))
            .collect()
    }
    fn is_empty(&self) -> bool {
        Vec::is_empty(self)
    }
}

/// Writes a sentence field as `name` (English) and `name_i18n` (key and
/// arguments), for `#[serde(flatten, with = "…")]`.
pub fn write_slot<S: Serializer, T: Slot>(
    v: &T,
    s: S,
    name: &'static str,
    keys_name: &'static str,
    skip_empty: bool,
) -> Result<S::Ok, S::Error> {
    let mut m = s.serialize_map(None)?;
    if !(skip_empty && v.is_empty()) {
        m.serialize_entry(name, &v.english())?;
        v.write_keys(&mut m, keys_name)?;
    }
    m.end()
}

/// Declares, per JSON field name, a module for `#[serde(flatten, with =
/// "crate::i18n::text::fields::NAME")]` (serde's `rename` takes no macro,
/// so each name is spelled out).
macro_rules! text_fields {
    ($($module:ident: $name:literal, $keys:literal, $skip:literal;)*) => {
        /// Serde adapters for sentence fields, one per JSON name; one whose
        /// module ends in `_opt` omits an empty field (`skip_serializing_if`).
        pub mod fields {
            $(pub mod $module {
                use super::super::Slot;
                use serde::{Deserialize, Deserializer, Serializer};

                pub fn serialize<S: Serializer, T: Slot>(v: &T, s: S) -> Result<S::Ok, S::Error> {
                    super::super::write_slot(v, s, $name, $keys, $skip)
                }

                pub fn deserialize<'de, D: Deserializer<'de>, T: Slot>(d: D) -> Result<T, D::Error> {
                    #[derive(Deserialize)]
                    #[serde(bound = "")]
                    struct Both<T: Slot> {
                        #[serde(rename = $name, default)]
                        english: T::English,
                        #[serde(rename = $keys, default)]
                        keys: Option<T::Keys>,
                    }
                    let both = Both::<T>::deserialize(d)?;
                    Ok(T::join(both.english, both.keys))
                }
            })*
        }
    };
}

text_fields! {
    text: "text", "text_i18n", false;
    reason: "reason", "reason_i18n", false;
    warnings: "warnings", "warnings_i18n", false;
    note: "note", "note_i18n", false;
    explanation: "explanation", "explanation_i18n", false;
    receiver_said: "receiver_said", "receiver_said_i18n", false;
    disposition: "disposition", "disposition_i18n", false;
    differences: "differences", "differences_i18n", false;
    notices: "notices", "notices_i18n", false;
    boundary_source: "boundary_source", "boundary_source_i18n", false;
    verdict: "verdict", "verdict_i18n", false;
    meaning: "meaning", "meaning_i18n", false;
    error: "error", "error_i18n", false;
    ip: "ip", "ip_i18n", false;
    helo: "helo", "helo_i18n", false;
    mail_from: "mail_from", "mail_from_i18n", false;
    from_domain: "from_domain", "from_domain_i18n", false;
    message: "message", "message_i18n", false;
    detail: "detail", "detail_i18n", false;
    hint: "hint", "hint_i18n", false;
    why: "why", "why_i18n", false;
    fix_opt: "fix", "fix_i18n", true;
    detail_opt: "detail", "detail_i18n", true;
    name: "name", "name_i18n", false;
    value: "value", "value_i18n", false;
    ours: "ours", "ours_i18n", false;
    values: "values", "values_i18n", false;
    default: "default", "default_i18n", false;
    help: "help", "help_i18n", false;
    summary: "summary", "summary_i18n", false;
    error_opt: "error", "error_i18n", true;
    ptr: "ptr", "ptr_i18n", false;
    fix: "fix", "fix_i18n", false;
    feedback_meaning: "feedback_meaning", "feedback_meaning_i18n", false;
    class_meaning: "class_meaning", "class_meaning_i18n", false;
    subject_meaning: "subject_meaning", "subject_meaning_i18n", false;
    detail_meaning: "detail_meaning", "detail_meaning_i18n", false;
    private_key: "private_key", "private_key_i18n", false;
    notes: "notes", "notes_i18n", false;
    notes_opt: "notes", "notes_i18n", true;
    source: "source", "source_i18n", false;
    boundary_findings_opt: "boundary_findings", "boundary_findings_i18n", true;
    warnings_opt: "warnings", "warnings_i18n", true;
    action_opt: "action", "action_i18n", true;
    side_note_opt: "side_note", "side_note_i18n", true;
}

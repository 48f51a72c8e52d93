"""What the wasm is made of: code bytes per crate and the largest functions
and data segments, from a names-keeping build (cargo's output before
wasm-bindgen and wasm-opt, which keeps the "name" section).

usage: python3 bench/wasm/size-profile.py [WASM] [TOP] [REGEX]
  WASM defaults to target/wasm32-unknown-unknown/wasm-release/headerscope-web.wasm
  (made by `trunk build --release`). Sizes are before wasm-opt: its -Oz
  shrinks code by about a fifth, in roughly these proportions.
  REGEX: also the total and the largest of the functions whose (demangled)
  names match it, e.g. 'serde' for all serialization code.
"""
import re
import sys
from collections import Counter

path = sys.argv[1] if len(sys.argv) > 1 else "target/wasm32-unknown-unknown/wasm-release/headerscope-web.wasm"
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
pattern = re.compile(sys.argv[3]) if len(sys.argv) > 3 else None
d = open(path, "rb").read()


def leb(i):
    r = s = 0
    while True:
        b = d[i]
        i += 1
        r |= (b & 0x7F) << s
        s += 7
        if b < 0x80:
            return r, i


sections = {}
custom = {}
i = 8
while i < len(d):
    sid = d[i]
    n, j = leb(i + 1)
    if sid == 0:
        ln, k = leb(j)
        custom[d[k:k + ln].decode()] = (k + ln, j + n)
    else:
        sections[sid] = (j, j + n)
    i = j + n

imported_funcs = 0
if 2 in sections:
    i, end = sections[2]
    count, i = leb(i)
    for _ in range(count):
        for _ in range(2):
            ln, i = leb(i)
            i += ln
        kind = d[i]
        i += 1
        if kind == 0:
            _, i = leb(i)
            imported_funcs += 1
        elif kind == 1:
            i += 1
            flags = d[i]
            i += 1
            _, i = leb(i)
            if flags & 1:
                _, i = leb(i)
        elif kind == 2:
            flags = d[i]
            i += 1
            _, i = leb(i)
            if flags & 1:
                _, i = leb(i)
        elif kind == 3:
            i += 2
        elif kind == 4:
            i += 1
            _, i = leb(i)

func_sizes = []
i, end = sections[10]
count, i = leb(i)
for _ in range(count):
    size, i = leb(i)
    func_sizes.append(size)
    i += size

data_sizes = []
i, end = sections.get(11, (0, 0))
if end:
    count, i = leb(i)
    for _ in range(count):
        flags, i = leb(i)
        if flags == 0:
            while d[i] != 0x0B:
                i += 1
            i += 1
        elif flags == 2:
            _, i = leb(i)
            while d[i] != 0x0B:
                i += 1
            i += 1
        size, i = leb(i)
        data_sizes.append(size)
        i += size

func_names, data_names = {}, {}
if "name" in custom:
    i, end = custom["name"]
    while i < end:
        sub = d[i]
        n, j = leb(i + 1)
        if sub in (1, 9):
            k = j
            cnt, k = leb(k)
            for _ in range(cnt):
                idx, k = leb(k)
                ln, k = leb(k)
                (func_names if sub == 1 else data_names)[idx] = d[k:k + ln].decode("utf-8", "replace")
                k += ln
        i = j + n


def demangle(name):
    """Rust legacy mangling to path components, hash dropped."""
    if name.startswith("_R"):
        return v0_parts(name)
    m = re.match(r"_ZN(.*)E$", name)
    if not m:
        return [name]
    rest, parts = m.group(1), []
    while rest and rest[0].isdigit():
        n = re.match(r"\d+", rest).group(0)
        rest = rest[len(n):]
        parts.append(rest[: int(n)])
        rest = rest[int(n):]
    if parts and re.fullmatch(r"h[0-9a-f]{16}", parts[-1]):
        parts.pop()
    return [p.replace("$LT$", "<").replace("$GT$", ">").replace("$u20$", " ").replace("..", "::")
            .replace("$RF$", "&").replace("$C$", ",").replace("$u7b$", "{").replace("$u7d$", "}") for p in parts]


V0_IDENT = re.compile(r"(?:C(?:s[0-9a-zA-Z]*_)?)?(\d+)_?([A-Za-z_][A-Za-z0-9_]*)")


def v0_parts(name):
    """Rust v0 mangling (_R...): its identifiers in order, the first one a
    crate root; a rough reading, enough to name the crate and the function."""
    out, i = [], 2
    while i < len(name):
        m = re.compile(r"C(?:s[0-9a-zA-Z]*_)?(\d+)").match(name, i) or re.compile(r"(\d+)").match(name, i)
        if m:
            n = int(m.group(1))
            start = m.end()
            if start < len(name) and name[start] == "_":
                start += 1
            out.append(name[start:start + n])
            i = start + n
        else:
            i += 1
    return out or [name]


def crate_of(parts):
    first = parts[0]
    # `<T as Trait>::f`: the type's crate.
    m = re.match(r"_?<&?(?:mut )?(?:dyn )?([A-Za-z_][A-Za-z0-9_]*)", first)
    if m:
        return m.group(1)
    return first if len(parts) > 1 else "(other)"


by_crate = Counter()
funcs = []
for k, size in enumerate(func_sizes):
    name = func_names.get(k + imported_funcs, f"func{k}")
    parts = demangle(name)
    # v0 names mark crate roots with C: the first one is the item's crate
    # (for a generic instantiated elsewhere, the generic's crate).
    root = re.search(r"C(?:s[0-9a-zA-Z]*_)?(\d+)", name) if name.startswith("_R") else None
    if root:
        start = root.end()
        crate = name[start:start + int(root.group(1))]
    else:
        crate = crate_of(parts)
    by_crate[crate] += size
    funcs.append((size, "::".join(parts)))

code = sum(func_sizes)
data = sum(data_sizes)
print(f"{path}: {len(d) / 1024:.0f} KiB; code {code / 1024:.0f} KiB in {len(func_sizes)} functions, "
      f"data {data / 1024:.0f} KiB in {len(data_sizes)} segments")
print(f"\ncode by crate (top {top}):")
for crate, size in by_crate.most_common(top):
    print(f"  {size / 1024:8.1f} KiB  {100 * size / code:5.1f}%  {crate}")
print(f"\nlargest functions (top {top}):")
for size, name in sorted(funcs, reverse=True)[:top]:
    print(f"  {size / 1024:8.1f} KiB  {name[:150]}")
print("\nlargest data segments:")
for k, size in sorted(enumerate(data_sizes), key=lambda x: -x[1])[:10]:
    print(f"  {size / 1024:8.1f} KiB  {data_names.get(k, f'segment {k}')}")
if pattern:
    hits = sorted(((size, name) for size, name in funcs if pattern.search(name)), reverse=True)
    print(f"\nfunctions matching {pattern.pattern!r}: {len(hits)}, {sum(s for s, _ in hits) / 1024:.1f} KiB")
    for size, name in hits[:top]:
        print(f"  {size / 1024:8.1f} KiB  {name[:150]}")

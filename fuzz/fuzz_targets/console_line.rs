//! Any bytes as a console line: the parser must answer (a line, or an error that says
//! what is wrong) and never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(line) = std::str::from_utf8(data) {
        let _ = dealbell::console::parse::parse_line(line);
    }
});

//! Counting words the way people write them: "1 deal", "3 deals", never "deal(s)".

/// `n` and the noun in the form that goes with it.
pub fn count(n: i64, one: &str, many: &str) -> String {
    format!("{n} {}", form(n, one, many))
}

/// The words that go with `n` ("deal" or "deals", "rep was" or "reps were"), for a
/// count written some other way.
pub fn form<'a>(n: i64, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 || n == -1 { one } else { many }
}

#[cfg(test)]
mod tests {
    use super::{count, form};

    #[test]
    fn one_and_many() {
        assert_eq!(count(1, "deal", "deals"), "1 deal");
        assert_eq!(count(0, "deal", "deals"), "0 deals");
        assert_eq!(count(3, "activity", "activities"), "3 activities");
        assert_eq!(form(1, "rep was", "reps were"), "rep was");
        assert_eq!(form(2, "rep was", "reps were"), "reps were");
    }
}

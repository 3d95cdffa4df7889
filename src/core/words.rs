//! Counting words the way people write them: "1 deal", "3 deals", never "deal(s)".

/// `n` and the noun in the form that goes with it.
pub fn count(n: i64, one: &str, many: &str) -> String {
    if n == 1 || n == -1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn one_and_many() {
        assert_eq!(count(1, "deal", "deals"), "1 deal");
        assert_eq!(count(0, "deal", "deals"), "0 deals");
        assert_eq!(count(3, "activity", "activities"), "3 activities");
    }
}

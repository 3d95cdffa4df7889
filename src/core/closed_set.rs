//! Closed sets of choices as types. `closed_set!` declares an enum whose every variant
//! has a key (what is typed, stored and serialized), and gives it `key()`, `parse()`,
//! `all()` and `CHOICES` for the command catalogue. What a person reads for a choice is
//! in the catalogues (`choice-<set>-<key>` in `locales/*/commands.ftl`), not here. Nothing matches these keys as strings elsewhere, so a new variant is a
//! compile error wherever it is not handled.

use serde::Serialize;

/// One choice a user picks from: the key typed and stored, and the set it belongs to
/// (its name is worded per set and key: `choice-metric-revenue`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Choice {
    #[serde(skip)]
    pub set: &'static str,
    pub value: &'static str,
}

impl Choice {
    /// The catalogue message naming this choice: `choice-metric-revenue`
    /// (`locales/<language>/commands.ftl`). None for a language, which is named by its
    /// own name in every language (`Language::own_name`).
    pub fn message_key(&self) -> Option<String> {
        if self.set == "Language" {
            return None;
        }
        let mut set = String::new();
        for (i, c) in self.set.chars().enumerate() {
            if c.is_uppercase() && i > 0 {
                set.push('-');
            }
            set.extend(c.to_lowercase());
        }
        Some(format!("choice-{set}-{}", self.value))
    }
}

/// What every closed set can do, for code generic over them (typed option readers).
pub trait ClosedSet: Copy + Sized + 'static {
    fn from_key(key: &str) -> Option<Self>;
    fn choices() -> &'static [Choice];
}

/// Declares a closed set. Each variant is `Name => "key";`.
macro_rules! closed_set {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => $key:literal; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$( $name::$variant, )+];

            /// The values as the catalogue offers them.
            pub const CHOICES: &'static [$crate::core::closed_set::Choice] = &[
                $( $crate::core::closed_set::Choice {
                    set: stringify!($name),
                    value: $key,
                }, )+
            ];

            /// The key typed in commands and stored in the database.
            pub const fn key(self) -> &'static str {
                match self {
                    $( $name::$variant => $key, )+
                }
            }

            /// The value with this key, if there is one.
            pub fn parse(key: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.key() == key)
            }

            pub fn all() -> &'static [$name] {
                $name::ALL
            }
        }

        impl $crate::core::closed_set::ClosedSet for $name {
            fn from_key(key: &str) -> Option<$name> {
                $name::parse(key)
            }
            fn choices() -> &'static [$crate::core::closed_set::Choice] {
                $name::CHOICES
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.key())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.key())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                let key = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                $name::parse(&key).ok_or_else(|| {
                    let keys: Vec<&str> = $name::ALL.iter().map(|v| v.key()).collect();
                    serde::de::Error::custom(format!(
                        "{key:?} is not one of: {}",
                        keys.join(", ")
                    ))
                })
            }
        }
    };
}
pub(crate) use closed_set;

#[cfg(test)]
mod tests {
    closed_set! {
        enum Fruit {
            Apple => "apple";
            Pear => "pear";
        }
    }

    #[test]
    fn keys_parse_back_and_choices_follow_the_declaration() {
        for fruit in Fruit::all() {
            assert_eq!(Fruit::parse(fruit.key()), Some(*fruit));
        }
        assert_eq!(Fruit::parse("plum"), None);
        assert_eq!(Fruit::CHOICES[1].value, "pear");
        assert_eq!(
            Fruit::CHOICES[1].message_key().unwrap(),
            "choice-fruit-pear"
        );
        assert_eq!(Fruit::Apple.to_string(), "apple");
        assert_eq!(serde_json::to_string(&Fruit::Pear).unwrap(), "\"pear\"");
        let back: Fruit = serde_json::from_str("\"apple\"").unwrap();
        assert_eq!(back, Fruit::Apple);
        assert!(serde_json::from_str::<Fruit>("\"plum\"").is_err());
    }
}

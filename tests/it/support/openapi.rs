//! Checks request bodies against Discord's own OpenAPI spec (tests/discord/openapi.json,
//! MIT, © Discord), so a payload Discord would reject fails the test. Supports the
//! JSON Schema keywords that spec uses.

use serde_json::Value;
use std::sync::OnceLock;

pub struct Spec {
    doc: Value,
}

pub fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/discord/openapi.json");
        let text = std::fs::read_to_string(path).expect("tests/discord/openapi.json");
        Spec {
            doc: serde_json::from_str(&text).expect("the spec is JSON"),
        }
    })
}

impl Spec {
    /// The spec's path template for a concrete API path (without `/api/v10`),
    /// preferring templates with more literal segments (`@original` over `{message_id}`).
    fn template(&self, path: &str) -> Option<&str> {
        let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
        let mut best: Option<(&str, usize)> = None;
        for template in self.doc["paths"].as_object()?.keys() {
            let t: Vec<&str> = template.trim_matches('/').split('/').collect();
            if t.len() != parts.len() {
                continue;
            }
            let mut literal = 0;
            let fits = t.iter().zip(&parts).all(|(a, b)| {
                if a.starts_with('{') {
                    !b.is_empty()
                } else if a == b {
                    literal += 1;
                    true
                } else {
                    false
                }
            });
            if fits && best.is_none_or(|(_, l)| literal > l) {
                best = Some((template.as_str(), literal));
            }
        }
        best.map(|(t, _)| t)
    }

    /// Problems with a request body; empty when Discord would accept it.
    pub fn check_request(&self, method: &str, path: &str, body: &Value) -> Vec<String> {
        let Some(template) = self.template(path) else {
            return vec![format!(
                "{method} {path}: no such endpoint in Discord's API"
            )];
        };
        let op = &self.doc["paths"][template][method.to_lowercase()];
        if op.is_null() {
            return vec![format!("{method} {template}: method not in Discord's API")];
        }
        let schema = &op["requestBody"]["content"]["application/json"]["schema"];
        if schema.is_null() {
            return Vec::new();
        }
        let mut errors = Vec::new();
        self.validate(schema, body, "body", &mut errors, 0);
        errors
            .into_iter()
            .map(|e| format!("{method} {template}: {e}"))
            .collect()
    }

    fn resolve<'a>(&'a self, schema: &'a Value) -> &'a Value {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(r) => {
                let mut node = &self.doc;
                for part in r.trim_start_matches("#/").split('/') {
                    node = &node[part];
                }
                self.resolve(node)
            }
            None => schema,
        }
    }

    fn validate(
        &self,
        schema: &Value,
        value: &Value,
        at: &str,
        errors: &mut Vec<String>,
        depth: usize,
    ) {
        if depth > 40 {
            return;
        }
        let schema = self.resolve(schema);
        for key in ["oneOf", "anyOf"] {
            if let Some(options) = schema.get(key).and_then(Value::as_array) {
                let mut best: Option<Vec<String>> = None;
                for option in options {
                    let mut e = Vec::new();
                    self.validate(option, value, at, &mut e, depth + 1);
                    if e.is_empty() {
                        best = Some(Vec::new());
                        break;
                    }
                    if best.as_ref().is_none_or(|b| e.len() < b.len()) {
                        best = Some(e);
                    }
                }
                if let Some(b) = best.filter(|b| !b.is_empty()) {
                    errors.push(format!(
                        "{at}: matches none of the {key} options; closest: {}",
                        b.join("; ")
                    ));
                }
            }
        }
        if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
            for s in all {
                self.validate(s, value, at, errors, depth + 1);
            }
        }
        if let Some(t) = schema.get("type") {
            let types: Vec<&str> = match t {
                Value::String(s) => vec![s.as_str()],
                Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                _ => Vec::new(),
            };
            let ok = types.iter().any(|t| match *t {
                "null" => value.is_null(),
                "boolean" => value.is_boolean(),
                "integer" => value.is_i64() || value.is_u64() || permission_string(at, value),
                "number" => value.is_number(),
                "string" => value.is_string() || upload_index(at, value),
                "array" => value.is_array(),
                "object" => value.is_object(),
                _ => true,
            });
            if !ok {
                errors.push(format!("{at}: expected {types:?}, got {value}"));
                return;
            }
        }
        if let Some(c) = schema.get("const")
            && c != value
        {
            errors.push(format!("{at}: must be {c}, got {value}"));
        }
        if let Some(e) = schema.get("enum").and_then(Value::as_array)
            && !e.contains(value)
        {
            errors.push(format!("{at}: {value} is not one of {e:?}"));
        }
        if let Some(s) = value.as_str() {
            let len = s.chars().count() as u64;
            if let Some(max) = schema.get("maxLength").and_then(Value::as_u64)
                && len > max
            {
                errors.push(format!("{at}: {len} characters, at most {max}"));
            }
            if let Some(min) = schema.get("minLength").and_then(Value::as_u64)
                && len < min
            {
                errors.push(format!("{at}: {len} characters, at least {min}"));
            }
            if let Some(p) = schema.get("pattern").and_then(Value::as_str)
                && let Ok(re) = regex::Regex::new(p)
                && !re.is_match(s)
            {
                errors.push(format!("{at}: {s:?} does not match {p}"));
            }
        }
        let number = value.as_f64().or_else(|| {
            value
                .as_str()
                .filter(|_| permission_string(at, value))
                .and_then(|t| t.parse().ok())
        });
        if let Some(n) = number {
            if let Some(min) = schema.get("minimum").and_then(Value::as_f64)
                && n < min
            {
                errors.push(format!("{at}: {n} is below {min}"));
            }
            if let Some(max) = schema.get("maximum").and_then(Value::as_f64)
                && n > max
            {
                errors.push(format!("{at}: {n} is above {max}"));
            }
        }
        if let Some(items) = value.as_array() {
            if let Some(max) = schema.get("maxItems").and_then(Value::as_u64)
                && items.len() as u64 > max
            {
                errors.push(format!("{at}: {} items, at most {max}", items.len()));
            }
            if let Some(min) = schema.get("minItems").and_then(Value::as_u64)
                && (items.len() as u64) < min
            {
                errors.push(format!("{at}: {} items, at least {min}", items.len()));
            }
            if let Some(item_schema) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    self.validate(item_schema, item, &format!("{at}[{i}]"), errors, depth + 1);
                }
            }
        }
        if let Some(obj) = value.as_object() {
            let props = schema.get("properties").and_then(Value::as_object);
            if let Some(required) = schema.get("required").and_then(Value::as_array) {
                for r in required.iter().filter_map(Value::as_str) {
                    if !obj.contains_key(r) {
                        errors.push(format!("{at}: missing required {r:?}"));
                    }
                }
            }
            if let Some(max) = schema.get("maxProperties").and_then(Value::as_u64)
                && obj.len() as u64 > max
            {
                errors.push(format!("{at}: {} properties, at most {max}", obj.len()));
            }
            for (key, v) in obj {
                match props.and_then(|p| p.get(key)) {
                    Some(s) => self.validate(s, v, &format!("{at}.{key}"), errors, depth + 1),
                    None => match schema.get("additionalProperties") {
                        Some(Value::Bool(false)) => {
                            errors.push(format!("{at}: unexpected property {key:?}"))
                        }
                        Some(s @ Value::Object(_)) => {
                            self.validate(s, v, &format!("{at}.{key}"), errors, depth + 1)
                        }
                        _ => {}
                    },
                }
            }
        }
    }
}

/// Permission bit sets are 64-bit numbers that Discord sends, documents and accepts
/// as strings of digits ("default_member_permissions": "32"; its developer docs type
/// the field `?string`), while this OpenAPI file types them as integers. serenity
/// sends the string form. Only these fields get the exception; their range is still
/// checked on the parsed number.
fn permission_string(at: &str, value: &Value) -> bool {
    let field = at.rsplit('.').next().unwrap_or("");
    matches!(field, "default_member_permissions" | "permissions")
        && value
            .as_str()
            .is_some_and(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()))
}

/// A new upload's `attachments[n].id` is the index of the file in the same request:
/// Discord's "Uploading Files" documentation writes it as an integer (`"id": 0`) and
/// serenity sends it so, while this OpenAPI file types every id as a snowflake string.
fn upload_index(at: &str, value: &Value) -> bool {
    let field_is_attachment_id = at.ends_with(".id") && at.contains(".attachments[");
    field_is_attachment_id && value.as_u64().is_some_and(|n| n < 10)
}

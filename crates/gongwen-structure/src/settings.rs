//! What a caller may tell the structurer beyond the blocks: [`Settings`], and the
//! [`UnitAliases`] table they carry.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use gongwen_model::Document;

/// What a caller may tell the structurer beyond the blocks.
///
/// ```
/// use gongwen_structure::{Settings, UnitAliases};
///
/// let aliases: UnitAliases = [("县发改局", "县发展和改革局")].into_iter().collect();
/// let settings = Settings::new().unit_aliases(aliases);
/// assert_eq!(settings.unit_aliases.get("县发改局"), Some("县发展和改革局"));
/// ```
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Settings {
    /// Unit abbreviation → full name (县发改局 → 县发展和改革局), applied to every task unit
    /// as `full_name`; names are kept as printed. Empty by default.
    pub unit_aliases: UnitAliases,
}

impl Settings {
    /// The default settings: no unit aliases.
    pub fn new() -> Self {
        Settings::default()
    }

    /// These settings with the alias table `aliases` (a cheap clone: the table is shared).
    #[must_use]
    pub fn unit_aliases(mut self, aliases: UnitAliases) -> Self {
        self.unit_aliases = aliases;
        self
    }

    /// Applies what the settings ask for to a structured document.
    pub(crate) fn apply(&self, doc: &mut Document) {
        if self.unit_aliases.is_empty() {
            return;
        }
        for unit in doc.tasks.iter_mut().flat_map(|t| t.units.iter_mut()) {
            unit.full_name = self.unit_aliases.get(&unit.name).map(str::to_owned);
        }
    }
}

/// A table of unit abbreviations and full names (县发改局 → 县发展和改革局), reported as each
/// task unit's `full_name`.
///
/// Keys are unit names as the structurer reports them: as printed, after a shared prefix is
/// spread (县投促局, not 投促局). Cloning is cheap (the table is shared, never copied), so
/// one table serves every document of a batch. Build it from a map or from pairs; the
/// `gongwen` crate also reads it from a TOML file (`gongwen::load_unit_aliases`).
///
/// ```
/// use std::collections::BTreeMap;
/// use gongwen_structure::UnitAliases;
///
/// let map = BTreeMap::from([("县教体局".to_owned(), "县教育和体育局".to_owned())]);
/// let aliases = UnitAliases::from(map);
/// let shared = aliases.clone(); // the same table, not a copy
/// assert_eq!(shared.get("县教体局"), Some("县教育和体育局"));
/// assert_eq!(shared.get("县财政局"), None);
/// assert_eq!(shared.len(), 1);
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct UnitAliases {
    /// `None` for an empty table, so that the default settings allocate nothing.
    map: Option<Arc<BTreeMap<String, String>>>,
}

impl UnitAliases {
    /// An empty table.
    pub fn new() -> Self {
        UnitAliases::default()
    }

    /// The full name of `unit`, when the table has it.
    pub fn get(&self, unit: &str) -> Option<&str> {
        self.map.as_ref()?.get(unit).map(String::as_str)
    }

    /// How many units the table names.
    pub fn len(&self) -> usize {
        self.map.as_ref().map_or(0, |m| m.len())
    }

    /// True when the table names no unit.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every (abbreviation, full name) pair, sorted by abbreviation.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.map
            .iter()
            .flat_map(|m| m.iter())
            .map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

impl From<BTreeMap<String, String>> for UnitAliases {
    fn from(map: BTreeMap<String, String>) -> Self {
        UnitAliases {
            map: (!map.is_empty()).then(|| Arc::new(map)),
        }
    }
}

impl<K: Into<String>, V: Into<String>> FromIterator<(K, V)> for UnitAliases {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(pairs: I) -> Self {
        pairs
            .into_iter()
            .map(|(k, v)| (k.into(), v.into()))
            .collect::<BTreeMap<String, String>>()
            .into()
    }
}

impl fmt::Debug for UnitAliases {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_share_one_table() {
        let aliases: UnitAliases = [("县发改局", "县发展和改革局")].into_iter().collect();
        let clone = aliases.clone();
        let (Some(a), Some(b)) = (&aliases.map, &clone.map) else {
            panic!("a table with one entry is not empty");
        };
        assert!(Arc::ptr_eq(a, b));
        assert_eq!(clone.get("县发改局"), Some("县发展和改革局"));
    }

    #[test]
    fn an_empty_table_is_the_default() {
        let empty = UnitAliases::from(BTreeMap::new());
        assert_eq!(empty, UnitAliases::new());
        assert!(empty.is_empty());
        assert_eq!(empty.get("县发改局"), None);
        assert_eq!(empty.iter().count(), 0);
        assert_eq!(format!("{empty:?}"), "{}");
    }
}

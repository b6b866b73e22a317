//! Responsible-unit lists (责任单位): 县发改局、投促局等相关部门.

use gongwen_model::Unit;

/// A unit cell split into units.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UnitList {
    /// The units in printed order.
    pub units: Vec<Unit>,
    /// True when the list ended open (等相关部门, 等有关单位 …).
    pub open: bool,
}

/// Splits a unit cell into units (role `Responsible` unless a 牵头/配合 marker says otherwise).
pub fn split_units(raw: &str) -> UnitList {
    let _ = raw;
    todo!("helper: units")
}

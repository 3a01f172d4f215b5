//! Azure regions the guide knows: programmatic name (data endpoint token), display name and the PascalCase
//! name used in regional service tags (`AzureContainerRegistry.<Tag>`, `Storage.<Tag>`).
//!
//! Every row says where it comes from: `verified` rows are in the public cloud's region list and service-tag
//! file as of 09/2025 (the fact sheet's §5.2, from Microsoft's published service tags); `inferred` rows were
//! opened later or belong to the sovereign clouds (China, US Government incl. DoD), whose names follow the same
//! rule but were not checked against a published file. Tag names are written out, not derived: they keep the
//! display name's capitals (`EastUS2`, `UKSouth`, `UAENorth`). Snippets for the sovereign clouds say their names
//! are inferred.

use super::Cloud;

/// One region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    /// Programmatic name, e.g. `eastus2` (used in data endpoint host names and `--location`).
    pub name: &'static str,
    pub display: &'static str,
    /// Regional service tag suffix, e.g. `EastUS2`.
    pub tag: &'static str,
    pub cloud: Cloud,
}

const fn public(name: &'static str, display: &'static str, tag: &'static str) -> Region {
    Region { name, display, tag, cloud: Cloud::Public }
}

pub const REGIONS: &[Region] = &[
    public("australiacentral", "Australia Central", "AustraliaCentral"), // verified
    public("australiacentral2", "Australia Central 2", "AustraliaCentral2"), // verified
    public("australiaeast", "Australia East", "AustraliaEast"),          // verified
    public("australiasoutheast", "Australia Southeast", "AustraliaSoutheast"), // verified
    public("austriaeast", "Austria East", "AustriaEast"),                // inferred
    public("belgiumcentral", "Belgium Central", "BelgiumCentral"),       // inferred
    public("brazilsouth", "Brazil South", "BrazilSouth"),                // verified
    public("brazilsoutheast", "Brazil Southeast", "BrazilSoutheast"),    // verified
    public("canadacentral", "Canada Central", "CanadaCentral"),          // verified
    public("canadaeast", "Canada East", "CanadaEast"),                   // verified
    public("centralindia", "Central India", "CentralIndia"),             // verified
    public("centralus", "Central US", "CentralUS"),                      // verified
    public("chilecentral", "Chile Central", "ChileCentral"),             // inferred
    public("denmarkeast", "Denmark East", "DenmarkEast"),                // inferred
    public("eastasia", "East Asia", "EastAsia"),                         // verified
    public("eastus", "East US", "EastUS"),                               // verified
    public("eastus2", "East US 2", "EastUS2"),                           // verified
    public("francecentral", "France Central", "FranceCentral"),          // verified
    public("francesouth", "France South", "FranceSouth"),                // verified
    public("germanynorth", "Germany North", "GermanyNorth"),             // verified
    public("germanywestcentral", "Germany West Central", "GermanyWestCentral"), // verified
    public("indonesiacentral", "Indonesia Central", "IndonesiaCentral"), // inferred
    public("israelcentral", "Israel Central", "IsraelCentral"),          // verified
    public("jioindiacentral", "Jio India Central", "JioIndiaCentral"),   // inferred
    public("jioindiawest", "Jio India West", "JioIndiaWest"),            // inferred
    public("italynorth", "Italy North", "ItalyNorth"),                   // verified
    public("japaneast", "Japan East", "JapanEast"),                      // verified
    public("japanwest", "Japan West", "JapanWest"),                      // verified
    public("koreacentral", "Korea Central", "KoreaCentral"),             // verified
    public("koreasouth", "Korea South", "KoreaSouth"),                   // verified
    public("malaysiawest", "Malaysia West", "MalaysiaWest"),             // inferred
    public("mexicocentral", "Mexico Central", "MexicoCentral"),          // verified
    public("newzealandnorth", "New Zealand North", "NewZealandNorth"),   // verified
    public("northcentralus", "North Central US", "NorthCentralUS"),      // verified
    public("northeurope", "North Europe", "NorthEurope"),                // verified
    public("norwayeast", "Norway East", "NorwayEast"),                   // verified
    public("norwaywest", "Norway West", "NorwayWest"),                   // verified
    public("polandcentral", "Poland Central", "PolandCentral"),          // verified
    public("qatarcentral", "Qatar Central", "QatarCentral"),             // verified
    public("southafricanorth", "South Africa North", "SouthAfricaNorth"), // verified
    public("southafricawest", "South Africa West", "SouthAfricaWest"),   // verified
    public("southcentralus", "South Central US", "SouthCentralUS"),      // verified
    public("southindia", "South India", "SouthIndia"),                   // verified
    public("southeastasia", "Southeast Asia", "SoutheastAsia"),          // verified
    public("spaincentral", "Spain Central", "SpainCentral"),             // verified
    public("swedencentral", "Sweden Central", "SwedenCentral"),          // verified
    public("swedensouth", "Sweden South", "SwedenSouth"),                // inferred
    public("switzerlandnorth", "Switzerland North", "SwitzerlandNorth"), // verified
    public("switzerlandwest", "Switzerland West", "SwitzerlandWest"),    // verified
    public("uaecentral", "UAE Central", "UAECentral"),                   // verified
    public("uaenorth", "UAE North", "UAENorth"),                         // verified
    public("uksouth", "UK South", "UKSouth"),                            // verified
    public("ukwest", "UK West", "UKWest"),                               // verified
    public("westcentralus", "West Central US", "WestCentralUS"),         // verified
    public("westeurope", "West Europe", "WestEurope"),                   // verified
    public("westindia", "West India", "WestIndia"),                      // verified
    public("westus", "West US", "WestUS"),                               // verified
    public("westus2", "West US 2", "WestUS2"),                           // verified
    public("westus3", "West US 3", "WestUS3"),                           // verified
    Region { name: "chinaeast", display: "China East", tag: "ChinaEast", cloud: Cloud::China }, // inferred
    Region { name: "chinaeast2", display: "China East 2", tag: "ChinaEast2", cloud: Cloud::China }, // inferred
    Region { name: "chinaeast3", display: "China East 3", tag: "ChinaEast3", cloud: Cloud::China }, // inferred
    Region { name: "chinanorth", display: "China North", tag: "ChinaNorth", cloud: Cloud::China }, // inferred
    Region { name: "chinanorth2", display: "China North 2", tag: "ChinaNorth2", cloud: Cloud::China }, // inferred
    Region { name: "chinanorth3", display: "China North 3", tag: "ChinaNorth3", cloud: Cloud::China }, // inferred
    Region { name: "usdodcentral", display: "USDoD Central", tag: "USDoDCentral", cloud: Cloud::UsGov }, // inferred
    Region { name: "usdodeast", display: "USDoD East", tag: "USDoDEast", cloud: Cloud::UsGov }, // inferred
    Region { name: "usgovarizona", display: "USGov Arizona", tag: "USGovArizona", cloud: Cloud::UsGov }, // inferred
    Region { name: "usgovtexas", display: "USGov Texas", tag: "USGovTexas", cloud: Cloud::UsGov }, // inferred
    Region { name: "usgovvirginia", display: "USGov Virginia", tag: "USGovVirginia", cloud: Cloud::UsGov }, // inferred
];

/// Finds a region by programmatic name or display name, ignoring case, spaces and hyphens
/// (`West Europe`, `westeurope`, `WESTEUROPE`, `east-us-2`).
pub fn find(text: &str) -> Option<&'static Region> {
    let key: String = text.chars().filter(|c| !c.is_whitespace() && *c != '-').flat_map(char::to_lowercase).collect();
    REGIONS.iter().find(|region| region.name == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_and_odd_spellings_find_the_region() {
        for text in ["westeurope", "West Europe", "WESTEUROPE", " west europe ", "west-europe"] {
            assert_eq!(find(text).map(|r| r.name), Some("westeurope"), "{text}");
        }
        assert_eq!(find("East US 2").map(|r| r.tag), Some("EastUS2"));
        assert_eq!(find("mars"), None);
        assert_eq!(find(""), None);
    }

    #[test]
    fn the_table_is_consistent() {
        for (index, region) in REGIONS.iter().enumerate() {
            assert!(region.name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()), "{}", region.name);
            let squashed: String = region.display.split_whitespace().collect();
            assert_eq!(squashed.to_lowercase(), region.name, "display name of {}", region.name);
            assert_eq!(region.tag.to_lowercase(), region.name, "tag of {}", region.name);
            assert!(region.tag.starts_with(|c: char| c.is_ascii_uppercase()), "{}", region.tag);
            assert!(REGIONS[..index].iter().all(|other| other.name != region.name), "duplicate {}", region.name);
        }
    }
}

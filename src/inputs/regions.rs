//! Azure regions the guide knows: programmatic name (data endpoint token), display name and the PascalCase
//! name used in regional service tags (`AzureContainerRegistry.<Tag>`, `Storage.<Tag>`).
//!
//! Public cloud: the regions list of acr-network-facts.md §5.2 (09/2025). Tag names are written out, not
//! derived: they keep the display name's capitals (`EastUS2`, `UKSouth`, `UAENorth`). Tag names of regions
//! opened after the service-tag file we checked (austriaeast, belgiumcentral, chilecentral, denmarkeast,
//! indonesiacentral, malaysiawest) are inferred from the same rule.
//! China and US Government: names inferred (facts §5.2 marks them unverified); snippets for those clouds
//! start with `az cloud set` and say so.

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
    public("australiacentral", "Australia Central", "AustraliaCentral"),
    public("australiacentral2", "Australia Central 2", "AustraliaCentral2"),
    public("australiaeast", "Australia East", "AustraliaEast"),
    public("australiasoutheast", "Australia Southeast", "AustraliaSoutheast"),
    public("austriaeast", "Austria East", "AustriaEast"),
    public("belgiumcentral", "Belgium Central", "BelgiumCentral"),
    public("brazilsouth", "Brazil South", "BrazilSouth"),
    public("brazilsoutheast", "Brazil Southeast", "BrazilSoutheast"),
    public("canadacentral", "Canada Central", "CanadaCentral"),
    public("canadaeast", "Canada East", "CanadaEast"),
    public("centralindia", "Central India", "CentralIndia"),
    public("centralus", "Central US", "CentralUS"),
    public("chilecentral", "Chile Central", "ChileCentral"),
    public("denmarkeast", "Denmark East", "DenmarkEast"),
    public("eastasia", "East Asia", "EastAsia"),
    public("eastus", "East US", "EastUS"),
    public("eastus2", "East US 2", "EastUS2"),
    public("francecentral", "France Central", "FranceCentral"),
    public("francesouth", "France South", "FranceSouth"),
    public("germanynorth", "Germany North", "GermanyNorth"),
    public("germanywestcentral", "Germany West Central", "GermanyWestCentral"),
    public("indonesiacentral", "Indonesia Central", "IndonesiaCentral"),
    public("israelcentral", "Israel Central", "IsraelCentral"),
    public("italynorth", "Italy North", "ItalyNorth"),
    public("japaneast", "Japan East", "JapanEast"),
    public("japanwest", "Japan West", "JapanWest"),
    public("koreacentral", "Korea Central", "KoreaCentral"),
    public("koreasouth", "Korea South", "KoreaSouth"),
    public("malaysiawest", "Malaysia West", "MalaysiaWest"),
    public("mexicocentral", "Mexico Central", "MexicoCentral"),
    public("newzealandnorth", "New Zealand North", "NewZealandNorth"),
    public("northcentralus", "North Central US", "NorthCentralUS"),
    public("northeurope", "North Europe", "NorthEurope"),
    public("norwayeast", "Norway East", "NorwayEast"),
    public("norwaywest", "Norway West", "NorwayWest"),
    public("polandcentral", "Poland Central", "PolandCentral"),
    public("qatarcentral", "Qatar Central", "QatarCentral"),
    public("southafricanorth", "South Africa North", "SouthAfricaNorth"),
    public("southafricawest", "South Africa West", "SouthAfricaWest"),
    public("southcentralus", "South Central US", "SouthCentralUS"),
    public("southindia", "South India", "SouthIndia"),
    public("southeastasia", "Southeast Asia", "SoutheastAsia"),
    public("spaincentral", "Spain Central", "SpainCentral"),
    public("swedencentral", "Sweden Central", "SwedenCentral"),
    public("switzerlandnorth", "Switzerland North", "SwitzerlandNorth"),
    public("switzerlandwest", "Switzerland West", "SwitzerlandWest"),
    public("uaecentral", "UAE Central", "UAECentral"),
    public("uaenorth", "UAE North", "UAENorth"),
    public("uksouth", "UK South", "UKSouth"),
    public("ukwest", "UK West", "UKWest"),
    public("westcentralus", "West Central US", "WestCentralUS"),
    public("westeurope", "West Europe", "WestEurope"),
    public("westindia", "West India", "WestIndia"),
    public("westus", "West US", "WestUS"),
    public("westus2", "West US 2", "WestUS2"),
    public("westus3", "West US 3", "WestUS3"),
    // Inferred (see the module comment).
    Region { name: "chinaeast2", display: "China East 2", tag: "ChinaEast2", cloud: Cloud::China },
    Region { name: "chinaeast3", display: "China East 3", tag: "ChinaEast3", cloud: Cloud::China },
    Region { name: "chinanorth2", display: "China North 2", tag: "ChinaNorth2", cloud: Cloud::China },
    Region { name: "chinanorth3", display: "China North 3", tag: "ChinaNorth3", cloud: Cloud::China },
    Region { name: "usgovarizona", display: "USGov Arizona", tag: "USGovArizona", cloud: Cloud::UsGov },
    Region { name: "usgovtexas", display: "USGov Texas", tag: "USGovTexas", cloud: Cloud::UsGov },
    Region { name: "usgovvirginia", display: "USGov Virginia", tag: "USGovVirginia", cloud: Cloud::UsGov },
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

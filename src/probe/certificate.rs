//! Who issued a certificate, read from its DER encoding (RFC 5280 §4.1: `tbsCertificate.issuer`), and whether
//! that is one of the public authorities the registry's and MCR's certificates come from — to tell a proxy that
//! inspects TLS from a trust store that is out of date.

/// Organizations of the public authorities behind Azure's and MCR's server certificates.
const PUBLIC_ORGANIZATIONS: [&str; 3] = ["microsoft corporation", "digicert inc", "digicert, inc."];
/// Common-name prefixes of their issuing authorities (`Microsoft Azure RSA TLS Issuing CA 04`, …).
const PUBLIC_NAME_PREFIXES: [&str; 4] = ["microsoft azure ", "microsoft rsa ", "microsoft ecc ", "digicert "];

/// The parts of a distinguished name the report shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DistinguishedName {
    pub common_name: Option<String>,
    pub organization: Option<String>,
}

impl DistinguishedName {
    /// The common name, else the organization, else `?`.
    pub fn display(&self) -> String {
        self.common_name.clone().or_else(|| self.organization.clone()).unwrap_or_else(|| "?".to_string())
    }

    /// One of the public authorities Azure's and MCR's certificates come from.
    pub fn is_public_authority(&self) -> bool {
        let organization = self.organization.as_deref().map(str::to_ascii_lowercase);
        let name = self.common_name.as_deref().map(str::to_ascii_lowercase);
        organization.is_some_and(|o| PUBLIC_ORGANIZATIONS.contains(&o.as_str()))
            || name.is_some_and(|n| PUBLIC_NAME_PREFIXES.iter().any(|prefix| n.starts_with(prefix)))
    }
}

/// The issuer of the certificate `der`; `None` when it is not a certificate this reader understands.
pub fn issuer(der: &[u8]) -> Option<DistinguishedName> {
    let (certificate, _) = element(der, 0x30)?;
    let (tbs, _) = element(certificate, 0x30)?;
    let mut rest = tbs;
    if rest.first() == Some(&0xa0) {
        rest = element(rest, 0xa0)?.1;
    }
    let (_serial, rest) = element(rest, 0x02)?;
    let (_signature, rest) = element(rest, 0x30)?;
    let (mut name, _) = element(rest, 0x30)?;
    let mut found = DistinguishedName::default();
    while !name.is_empty() {
        let (mut set, after) = element(name, 0x31)?;
        name = after;
        while !set.is_empty() {
            let (attribute, after) = element(set, 0x30)?;
            set = after;
            let (oid, value) = element(attribute, 0x06)?;
            let slot = match oid {
                [0x55, 0x04, 0x03] => &mut found.common_name,
                [0x55, 0x04, 0x0a] => &mut found.organization,
                _ => continue,
            };
            *slot = text(value);
        }
    }
    Some(found)
}

/// A directory string (UTF8String, PrintableString, IA5String, TeletexString or BMPString) as text.
fn text(encoded: &[u8]) -> Option<String> {
    let tag = *encoded.first()?;
    let (content, _) = element(encoded, tag)?;
    match tag {
        0x0c | 0x13 | 0x16 | 0x14 => Some(String::from_utf8_lossy(content).into_owned()),
        0x1e => {
            let units: Vec<u16> = content.chunks_exact(2).map(|pair| u16::from_be_bytes([pair[0], pair[1]])).collect();
            Some(String::from_utf16_lossy(&units))
        }
        _ => None,
    }
}

/// The content of the element at the start of `data` if its tag is `tag`, and what follows it.
fn element(data: &[u8], tag: u8) -> Option<(&[u8], &[u8])> {
    if *data.first()? != tag {
        return None;
    }
    let first = *data.get(1)?;
    let (length, header) = match first {
        0..=0x7f => (usize::from(first), 2),
        0x81..=0x83 => {
            let bytes = usize::from(first & 0x7f);
            let length = data.get(2..2 + bytes)?.iter().fold(0usize, |sum, byte| (sum << 8) | usize::from(*byte));
            (length, 2 + bytes)
        }
        _ => return None,
    };
    let end = header.checked_add(length)?;
    Some((data.get(header..end)?, data.get(end..)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_authorities_are_known_by_organization_or_issuing_name() {
        let name = |common: Option<&str>, organization: Option<&str>| DistinguishedName {
            common_name: common.map(str::to_string),
            organization: organization.map(str::to_string),
        };
        assert!(
            name(Some("Microsoft Azure RSA TLS Issuing CA 04"), Some("Microsoft Corporation")).is_public_authority()
        );
        assert!(name(Some("DigiCert Global G2 TLS RSA SHA256 2020 CA1"), None).is_public_authority());
        assert!(name(None, Some("DigiCert Inc")).is_public_authority());
        assert!(!name(Some("Contoso Inspection CA"), Some("Contoso")).is_public_authority());
        assert!(!name(Some("Zscaler Intermediate Root CA"), Some("Zscaler Inc.")).is_public_authority());
        assert_eq!(name(None, Some("Contoso")).display(), "Contoso");
        assert_eq!(DistinguishedName::default().display(), "?");
    }

    #[test]
    fn elements_are_read_within_their_bounds() {
        assert_eq!(element(&[0x30, 0x02, 1, 2, 9], 0x30), Some((&[1u8, 2][..], &[9u8][..])));
        assert_eq!(element(&[0x30, 0x81, 0x02, 1, 2], 0x30), Some((&[1u8, 2][..], &[][..])));
        assert_eq!(element(&[0x30, 0x05, 1, 2], 0x30), None, "longer than the data");
        assert_eq!(element(&[0x30, 0x84, 0, 0, 0, 1, 1], 0x30), None, "lengths over 3 bytes are refused");
        assert_eq!(element(&[0x31, 0x00], 0x30), None, "another tag");
        assert_eq!(element(&[0x30], 0x30), None);
        assert_eq!(issuer(&[0x30, 0x03, 0x30, 0x01, 0x00]), None);
        assert_eq!(text(&[0x1e, 0x04, 0, b'O', 0, b'K']).as_deref(), Some("OK"));
    }
}

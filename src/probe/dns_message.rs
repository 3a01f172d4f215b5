//! DNS messages (RFC 1035 §4), as much as the probe needs: a recursive query, and the answer's CNAME chain and
//! addresses. Every count, length and compression pointer of an answer is checked: a malformed message is an
//! error, never a panic or an endless loop.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

pub const TYPE_A: u16 = 1;
pub const TYPE_CNAME: u16 = 5;
pub const TYPE_AAAA: u16 = 28;
const CLASS_IN: u16 = 1;
/// Response code: the name does not exist.
pub const RCODE_NXDOMAIN: u8 = 3;
/// A name is at most 255 bytes on the wire; aliases of one answer are few.
const MAX_NAME: usize = 255;
const MAX_POINTERS: usize = 32;
const MAX_ALIASES: usize = 16;

/// Why a message was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MessageError {
    /// The name cannot be asked for (an empty label, a label over 63 bytes, over 253 characters).
    BadName,
    /// The message ends before a field it announces.
    Truncated,
    /// A label or pointer that RFC 1035 does not allow, a pointer loop, a name over 255 bytes.
    Malformed,
    /// Not a response, or a response to another question.
    NotAnAnswer,
}

/// A parsed response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
    pub id: u16,
    pub rcode: u8,
    pub truncated: bool,
    /// The answer section.
    pub records: Vec<Record>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// Lower case, without the final dot.
    pub name: String,
    pub data: RecordData,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordData {
    Cname(String),
    Address(IpAddr),
    /// Another record type (kept so counts stay honest).
    Other(u16),
}

/// A query for `name`'s records of `record_type`, recursion desired.
pub fn query(id: u16, name: &str, record_type: u16) -> Result<Vec<u8>, MessageError> {
    let name = name.trim_end_matches('.');
    if name.is_empty() || name.len() > 253 {
        return Err(MessageError::BadName);
    }
    let mut message = Vec::with_capacity(18 + name.len());
    message.extend_from_slice(&id.to_be_bytes());
    message.extend_from_slice(&[0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
    for label in name.split('.') {
        if label.is_empty() || label.len() > 63 {
            return Err(MessageError::BadName);
        }
        message.push(label.len() as u8);
        message.extend_from_slice(label.as_bytes());
    }
    message.push(0);
    message.extend_from_slice(&record_type.to_be_bytes());
    message.extend_from_slice(&CLASS_IN.to_be_bytes());
    Ok(message)
}

/// Parses the response to query `id`.
pub fn parse(message: &[u8], id: u16) -> Result<Response, MessageError> {
    let header = message.get(..12).ok_or(MessageError::Truncated)?;
    let word = |at: usize| u16::from_be_bytes([header[at], header[at + 1]]);
    if word(0) != id || header[2] & 0x80 == 0 {
        return Err(MessageError::NotAnAnswer);
    }
    let (questions, answers) = (word(4), word(6));
    let mut at = 12;
    for _ in 0..questions {
        at = read_name(message, at)?.1;
        at = at.checked_add(4).filter(|end| *end <= message.len()).ok_or(MessageError::Truncated)?;
    }
    let mut records = Vec::new();
    for _ in 0..answers {
        let (name, after_name) = read_name(message, at)?;
        let fixed = message.get(after_name..after_name + 10).ok_or(MessageError::Truncated)?;
        let record_type = u16::from_be_bytes([fixed[0], fixed[1]]);
        let length = usize::from(u16::from_be_bytes([fixed[8], fixed[9]]));
        let start = after_name + 10;
        let data = message.get(start..start + length).ok_or(MessageError::Truncated)?;
        let data = match (record_type, data.len()) {
            (TYPE_A, 4) => RecordData::Address(IpAddr::V4(Ipv4Addr::new(data[0], data[1], data[2], data[3]))),
            (TYPE_AAAA, 16) => {
                let octets: [u8; 16] = data.try_into().map_err(|_| MessageError::Malformed)?;
                RecordData::Address(IpAddr::V6(Ipv6Addr::from(octets)))
            }
            (TYPE_A | TYPE_AAAA, _) => return Err(MessageError::Malformed),
            (TYPE_CNAME, _) => RecordData::Cname(read_name(message, start)?.0),
            (other, _) => RecordData::Other(other),
        };
        records.push(Record { name, data });
        at = start + length;
    }
    Ok(Response { id, rcode: header[3] & 0x0f, truncated: header[2] & 0x02 != 0, records })
}

/// The name at `at` (following compression pointers) and the offset just after it where it is written.
fn read_name(message: &[u8], mut at: usize) -> Result<(String, usize), MessageError> {
    let mut name = String::new();
    let mut resume = None;
    let mut pointers = 0;
    loop {
        let length = *message.get(at).ok_or(MessageError::Truncated)?;
        match length {
            0 => {
                return Ok((name, resume.unwrap_or(at + 1)));
            }
            1..=63 => {
                let label = message.get(at + 1..at + 1 + usize::from(length)).ok_or(MessageError::Truncated)?;
                if !name.is_empty() {
                    name.push('.');
                }
                name.extend(label.iter().map(|byte| char::from(byte.to_ascii_lowercase())));
                if name.len() > MAX_NAME {
                    return Err(MessageError::Malformed);
                }
                at += 1 + usize::from(length);
            }
            0xc0..=0xff => {
                let low = *message.get(at + 1).ok_or(MessageError::Truncated)?;
                pointers += 1;
                if pointers > MAX_POINTERS {
                    return Err(MessageError::Malformed);
                }
                resume.get_or_insert(at + 2);
                at = usize::from(u16::from_be_bytes([length & 0x3f, low]));
            }
            _ => return Err(MessageError::Malformed),
        }
    }
}

/// From `name`, the CNAME targets in order and the addresses of the last one.
pub fn chain(response: &Response, name: &str) -> (Vec<String>, Vec<IpAddr>) {
    let mut current = name.trim_end_matches('.').to_ascii_lowercase();
    let mut aliases = Vec::new();
    while aliases.len() < MAX_ALIASES {
        let next = response.records.iter().find_map(|record| match &record.data {
            RecordData::Cname(target) if record.name == current => Some(target.clone()),
            _ => None,
        });
        match next {
            Some(target) if !aliases.contains(&target) && target != name => {
                aliases.push(target.clone());
                current = target;
            }
            _ => break,
        }
    }
    let addresses = response
        .records
        .iter()
        .filter(|record| record.name == current)
        .filter_map(|record| match record.data {
            RecordData::Address(address) => Some(address),
            _ => None,
        })
        .collect();
    (aliases, addresses)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A response as a resolver sends it for a registry with a private endpoint: the question, a CNAME to the
    /// `privatelink` name (compressed against the question), and its A record (compressed against the CNAME).
    fn privatelink_response() -> Vec<u8> {
        let mut m = vec![0x12, 0x34, 0x81, 0x80, 0, 1, 0, 2, 0, 0, 0, 0];
        m.extend_from_slice(b"\x07contoso\x07azurecr\x02io\x00\x00\x01\x00\x01");
        // contoso.azurecr.io (pointer to 12) CNAME contoso.privatelink(.azurecr.io → pointer to 20)
        m.extend_from_slice(&[0xc0, 12, 0, 5, 0, 1, 0, 0, 0, 60, 0, 22]);
        m.extend_from_slice(b"\x07contoso\x0bprivatelink\xc0\x14");
        let cname_at = 12 + 24 + 12;
        m.extend_from_slice(&[0xc0, cname_at as u8, 0, 1, 0, 1, 0, 0, 0, 10, 0, 4, 10, 0, 0, 7]);
        m
    }

    #[test]
    fn a_query_is_a_recursive_question_for_one_name() {
        let message = query(0x1234, "contoso.azurecr.io.", TYPE_A).unwrap();
        assert_eq!(&message[..12], &[0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
        assert_eq!(&message[12..], b"\x07contoso\x07azurecr\x02io\x00\x00\x01\x00\x01");
        assert_eq!(query(1, "a..b", TYPE_A), Err(MessageError::BadName));
        assert_eq!(query(1, &"x".repeat(64), TYPE_A), Err(MessageError::BadName));
        assert_eq!(query(1, "", TYPE_A), Err(MessageError::BadName));
    }

    #[test]
    fn compressed_answers_give_the_chain_and_the_final_address() {
        let response = parse(&privatelink_response(), 0x1234).unwrap();
        assert_eq!(response.rcode, 0);
        assert_eq!(response.records.len(), 2);
        let (aliases, addresses) = chain(&response, "Contoso.AzureCR.io");
        assert_eq!(aliases, ["contoso.privatelink.azurecr.io"]);
        assert_eq!(addresses, ["10.0.0.7".parse::<IpAddr>().unwrap()]);
    }

    #[test]
    fn malformed_answers_are_errors_not_panics_or_loops() {
        let good = privatelink_response();
        assert_eq!(parse(&good, 0x9999), Err(MessageError::NotAnAnswer));
        for cut in 0..good.len() {
            assert!(parse(&good[..cut], 0x1234).is_err(), "cut at {cut}");
        }
        // A name that points at itself.
        let mut looped = good.clone();
        let at = 12 + 24;
        looped[at..at + 2].copy_from_slice(&[0xc0, at as u8]);
        assert_eq!(parse(&looped, 0x1234), Err(MessageError::Malformed));
        // A pointer past the end, and the reserved label types 0x40 / 0x80.
        for bad in [[0xc0, 0xff], [0x40, 0], [0x80, 0]] {
            let mut broken = good.clone();
            broken[at..at + 2].copy_from_slice(&bad);
            assert!(parse(&broken, 0x1234).is_err(), "{bad:?}");
        }
        // An A record whose data is not four bytes.
        let mut short = good.clone();
        let length_at = good.len() - 6;
        short[length_at..length_at + 2].copy_from_slice(&[0, 3]);
        assert!(parse(&short, 0x1234).is_err());
    }

    #[test]
    fn nxdomain_and_cname_loops_end() {
        let mut nx = privatelink_response();
        nx[3] = 0x83;
        nx[7] = 0;
        let response = parse(&nx, 0x1234).unwrap();
        assert_eq!((response.rcode, response.records.len()), (RCODE_NXDOMAIN, 0));
        let record = |name: &str, target: &str| Record { name: name.into(), data: RecordData::Cname(target.into()) };
        let looping = Response {
            id: 1,
            rcode: 0,
            truncated: false,
            records: vec![record("a.io", "b.io"), record("b.io", "a.io")],
        };
        assert_eq!(chain(&looping, "a.io"), (vec!["b.io".to_string()], vec![]));
    }
}

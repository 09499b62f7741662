//! The phone number parser: the first byte picks the default country (none,
//! one of the countries with a national plan, or one without). Whatever it
//! accepts is E.164 (`+`, 8 to 15 digits, no leading zero), parses back to
//! itself from any country, and its national form parses back to it in its
//! own country.
#![no_main]

use domain::{Country, PhoneNumber};
use libfuzzer_sys::fuzz_target;

const COUNTRIES: [Option<Country>; 9] = [
    None,
    Some(Country::US),
    Some(Country::CA),
    Some(Country::GB),
    Some(Country::NO),
    Some(Country::IT),
    Some(Country::RO),
    Some(Country::DE),
    None, // replaced by France below: a country without a national plan
];

fn country(selector: u8) -> Option<Country> {
    match usize::from(selector) % COUNTRIES.len() {
        8 => Country::parse("FR").ok(),
        i => COUNTRIES[i],
    }
}

/// The country whose national format a number under this calling code
/// is written in.
fn home(calling_code: u16) -> Option<Country> {
    match calling_code {
        1 => Some(Country::US),
        44 => Some(Country::GB),
        47 => Some(Country::NO),
        39 => Some(Country::IT),
        40 => Some(Country::RO),
        49 => Some(Country::DE),
        _ => None,
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let Ok(number) = PhoneNumber::parse(text, country(selector)) else {
        return;
    };
    let e164 = number.as_e164();
    let digits = e164.strip_prefix('+').expect("E.164 starts with +");
    assert!(digits.bytes().all(|b| b.is_ascii_digit()), "{e164}");
    assert!((8..=15).contains(&digits.len()), "{e164}");
    assert!(!digits.starts_with('0'), "{e164}");
    for i in 0..=8 {
        assert_eq!(
            PhoneNumber::parse(e164, country(i)).as_ref(),
            Ok(&number),
            "{e164} from {:?}",
            country(i)
        );
    }
    let national = number.format_national();
    let home = home(number.country_calling_code());
    assert_eq!(
        PhoneNumber::parse(&national, home).as_ref(),
        Ok(&number),
        "{e164} written {national:?}"
    );
});

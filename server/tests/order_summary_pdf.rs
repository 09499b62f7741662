//! SUB-10: the order summary PDF. The file is read back with poppler's
//! `pdftotext` and `pdfinfo` (Debian's poppler-utils, which `cargo xtask
//! test` installs), so these tests check what a reader extracts, not just
//! what we think we wrote. Without poppler they fail rather than skip: a
//! silently skipped check would let unextractable text ship.
mod common;

use common::poppler::{poppler, text_of};

use server::pdf::{
    CallingLocationSummary, MeetingsSiteSummary, OrderSummary, OrderSummaryLabels, OrgSummary,
    ServiceSummary, order_summary_pdf,
};

fn summary() -> OrderSummary {
    OrderSummary {
        subscription_id: "Sub-2026-000417".into(),
        date: "4 December 2026".into(),
        partner: Some(OrgSummary {
            name: "Организация Северный Ветер".into(),
            country: "Россия".into(),
        }),
        customer: OrgSummary {
            name: "Întreprindere Șțefan".into(),
            country: "România".into(),
        },
        services: vec![
            ServiceSummary {
                name: "Webex Meetings Enterprise".into(),
                quantity: 250,
            },
            ServiceSummary {
                name: "Webex Calling Professional".into(),
                quantity: 120,
            },
        ],
        meetings_sites: vec![
            MeetingsSiteSummary {
                site_url: "baerum-kommune.webex.com".into(),
                time_zone: "Europe/Oslo".into(),
                early_adopter: true,
                licenses: 200,
            },
            MeetingsSiteSummary {
                site_url: "stefan-ro.webex.com".into(),
                time_zone: "Europe/Bucharest".into(),
                early_adopter: false,
                licenses: 50,
            },
        ],
        calling_location: Some(CallingLocationSummary {
            name: "Bærum Kommune".into(),
            country: "Norge".into(),
            address_lines: vec![
                "Arnold Haukelands plass 10".into(),
                "1338 Sandvika, Lørenskog-veien å".into(),
            ],
        }),
    }
}

/// The text laid out as on the page, so a table row reads as one line.
fn layout_text_of(pdf: &[u8]) -> String {
    poppler("pdftotext", pdf, &["-enc", "UTF-8", "-layout"], &["-"])
}

fn pages_of(pdf: &[u8]) -> usize {
    let info = poppler("pdfinfo", pdf, &[], &[]);
    info.lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in pdfinfo's output:\n{info}"))
}

/// pdftotext may break a line where we wrapped it; compare with runs of
/// whitespace collapsed.
fn normalized(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Fails naming every string of `expected` missing from `text`.
fn assert_contains_all(text: &str, expected: &[&str]) {
    let haystack = normalized(text);
    let missing: Vec<&&str> = expected
        .iter()
        .filter(|e| !haystack.contains(&normalized(e)))
        .collect();
    assert!(
        missing.is_empty(),
        "{missing:?} not in the extracted text:\n{text}"
    );
}

#[test]
fn sub_10_the_summary_is_a_complete_pdf_file() {
    let pdf = order_summary_pdf(&summary(), &OrderSummaryLabels::english());
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(pdf.trim_ascii_end().ends_with(b"%%EOF"));
    assert_eq!(pages_of(&pdf), 1);
}

#[test]
fn sub_10_every_heading_and_value_can_be_extracted_as_text() {
    let labels = OrderSummaryLabels::english();
    let text = text_of(&order_summary_pdf(&summary(), &labels));
    assert_contains_all(
        &text,
        &[
            "Order summary",
            "Subscription ID",
            "Sub-2026-000417",
            "Date",
            "4 December 2026",
            "Organizations",
            "Partner",
            "Customer",
            "Services",
            "Service",
            "Quantity",
            "Webex Meetings Enterprise",
            "250",
            "Webex Calling Professional",
            "120",
            "Meetings sites",
            "Site URL",
            "Time zone",
            "Early adopter",
            "Licenses",
            "baerum-kommune",
            "Europe/Oslo",
            "Yes",
            "200",
            "stefan-ro",
            "Europe/Bucharest",
            "No",
            "Calling headquarters location",
            "Location name",
            "Country/region",
            "Address",
            "Arnold Haukelands plass 10",
        ],
    );
}

#[test]
fn sub_10_each_table_row_reads_across_its_columns() {
    let text = layout_text_of(&order_summary_pdf(
        &summary(),
        &OrderSummaryLabels::english(),
    ));
    let lines: Vec<String> = text.lines().map(normalized).collect();
    for row in [
        "Subscription ID Sub-2026-000417",
        "Partner Организация Северный Ветер",
        "Customer Întreprindere Șțefan",
        "Service Quantity",
        "Webex Meetings Enterprise 250",
        "Site URL Time zone Early adopter Licenses",
        "baerum-kommune.webex.com Europe/Oslo Yes 200",
        "stefan-ro.webex.com Europe/Bucharest No 50",
        "Location name Bærum Kommune",
    ] {
        assert!(
            lines.iter().any(|line| line == row),
            "no line reads {row:?}:\n{text}"
        );
    }
}

#[test]
fn sub_10_cyrillic_romanian_and_norwegian_letters_survive_extraction() {
    let text = text_of(&order_summary_pdf(
        &summary(),
        &OrderSummaryLabels::english(),
    ));
    assert_contains_all(
        &text,
        &[
            "Организация Северный Ветер",
            "Россия",
            "Întreprindere Șțefan",
            "România",
            "Bærum Kommune",
            "Norge",
            "1338 Sandvika, Lørenskog-veien å",
        ],
    );
}

#[test]
fn sub_10_the_headings_come_out_in_the_admins_language() {
    let labels = OrderSummaryLabels {
        language: "ru".into(),
        title: "Сводка заказа".into(),
        subscription_id: "Идентификатор подписки".into(),
        organizations: "Организации".into(),
        early_adopter: "Ранний доступ".into(),
        yes: "Да".into(),
        calling_location: "Основное местоположение Calling".into(),
        ..OrderSummaryLabels::english()
    };
    let text = text_of(&order_summary_pdf(&summary(), &labels));
    assert_contains_all(
        &text,
        &[
            "Сводка заказа",
            "Идентификатор подписки",
            "Организации",
            "Ранний доступ",
            "Да",
            "Основное местоположение Calling",
        ],
    );
}

#[test]
fn sub_10_forty_sites_continue_on_a_second_page_with_the_last_site_included() {
    let mut summary = summary();
    summary.meetings_sites = (1..=40)
        .map(|i| MeetingsSiteSummary {
            site_url: format!("site-{i:02}-bærum.webex.com"),
            time_zone: "Europe/Oslo".into(),
            early_adopter: i % 2 == 0,
            licenses: i,
        })
        .collect();
    let pdf = order_summary_pdf(&summary, &OrderSummaryLabels::english());
    assert!(pages_of(&pdf) > 1, "40 sites fit on one page?");
    let text = text_of(&pdf);
    // The Calling section after the sites is not lost either.
    assert_contains_all(&text, &["site-01-bærum", "site-40-bærum", "Bærum Kommune"]);
}

#[test]
fn sub_10_empty_fields_and_a_word_wider_than_the_page_do_not_break_the_file() {
    let long_word = "Ș".repeat(300);
    let summary = OrderSummary {
        subscription_id: String::new(),
        date: String::new(),
        partner: None,
        customer: OrgSummary {
            name: long_word.clone(),
            country: String::new(),
        },
        services: vec![ServiceSummary::default()],
        meetings_sites: vec![MeetingsSiteSummary::default()],
        calling_location: Some(CallingLocationSummary::default()),
    };
    let labels = OrderSummaryLabels {
        title: String::new(),
        ..OrderSummaryLabels::english()
    };
    let pdf = order_summary_pdf(&summary, &labels);
    assert!(pdf.starts_with(b"%PDF-"));
    let text = text_of(&pdf);
    // Broken over lines, but every letter is there.
    let letters = text.chars().filter(|&c| c == 'Ș').count();
    assert_eq!(letters, 300);
}

//! The order summary PDF the admin downloads after setting up a subscription
//! (SUB-10): the subscription, the partner and customer organizations, the
//! ordered services, the Meetings sites (SUB-8) and the Calling headquarters
//! location (SUB-9).
//!
//! The caller fills [`OrderSummary`] with display-ready strings (dates and
//! numbers formatted, countries and time zones named in the admin's
//! language) and passes the headings already translated in
//! [`OrderSummaryLabels`]: this module lays out, it does not translate.
use super::document::{Column, Document, RULE_HEIGHT};

const TITLE_SIZE: f32 = 18.0;
const HEADING_SIZE: f32 = 13.0;
const TEXT_SIZE: f32 = 10.0;
/// Width of the label column in label/value rows.
const LABEL_WIDTH: f32 = 150.0;
const COLUMN_GAP: f32 = 12.0;

/// What was ordered and how it was set up. Every field is shown as given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrderSummary {
    pub subscription_id: String,
    /// When setup finished, formatted for the admin's locale.
    pub date: String,
    /// `None` when the order is for the partner's own company (SUB-2).
    pub partner: Option<OrgSummary>,
    pub customer: OrgSummary,
    /// The subscription's lines; the section is left out when empty.
    pub services: Vec<ServiceSummary>,
    /// Left out when empty (no Meetings in the order).
    pub meetings_sites: Vec<MeetingsSiteSummary>,
    /// Left out when `None` (no Calling in the order).
    pub calling_location: Option<CallingLocationSummary>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrgSummary {
    pub name: String,
    /// Country or region, translated; may be empty.
    pub country: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ServiceSummary {
    /// The service's display name, e.g. "Webex Meetings Enterprise".
    pub name: String,
    pub quantity: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MeetingsSiteSummary {
    /// The site's address, `acme.webex.com`.
    pub site_url: String,
    /// The time zone's display name.
    pub time_zone: String,
    pub early_adopter: bool,
    /// Licenses distributed to this site.
    pub licenses: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallingLocationSummary {
    pub name: String,
    /// Country or region where most users are, translated.
    pub country: String,
    /// The address, one entry per line (street, city and postal code, …);
    /// empty entries are skipped.
    pub address_lines: Vec<String>,
}

/// The summary's fixed texts, translated by the caller into the admin's
/// language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrderSummaryLabels {
    /// BCP 47 tag of the labels' language (e.g. `nb`), recorded in the PDF
    /// for screen readers; may be empty.
    pub language: String,
    pub title: String,
    pub subscription_id: String,
    pub date: String,
    pub organizations: String,
    pub partner: String,
    pub customer: String,
    pub services: String,
    pub service: String,
    pub quantity: String,
    pub meetings_sites: String,
    pub site_url: String,
    pub time_zone: String,
    pub early_adopter: String,
    pub licenses: String,
    /// The early-adopter column's values.
    pub yes: String,
    pub no: String,
    pub calling_location: String,
    pub location_name: String,
    pub country: String,
    pub address: String,
}

impl OrderSummaryLabels {
    /// The English texts (tests, and a fallback for a caller without a
    /// translation).
    pub fn english() -> Self {
        let s = str::to_owned;
        Self {
            language: s("en"),
            title: s("Order summary"),
            subscription_id: s("Subscription ID"),
            date: s("Date"),
            organizations: s("Organizations"),
            partner: s("Partner"),
            customer: s("Customer"),
            services: s("Services"),
            service: s("Service"),
            quantity: s("Quantity"),
            meetings_sites: s("Meetings sites"),
            site_url: s("Site URL"),
            time_zone: s("Time zone"),
            early_adopter: s("Early adopter"),
            licenses: s("Licenses"),
            yes: s("Yes"),
            no: s("No"),
            calling_location: s("Calling headquarters location"),
            location_name: s("Location name"),
            country: s("Country/region"),
            address: s("Address"),
        }
    }
}

/// The order summary as a PDF file (A4, DejaVu Sans embedded, text
/// extractable). Never fails: any strings lay out, long ones wrap and long
/// lists continue on further pages.
pub fn order_summary_pdf(summary: &OrderSummary, labels: &OrderSummaryLabels) -> Vec<u8> {
    let mut doc = Document::new();
    doc.set_title(&labels.title);
    doc.set_language(&labels.language);
    let width = doc.content_width();
    let label_value = [
        Column::left(0.0, LABEL_WIDTH),
        Column::left(LABEL_WIDTH + COLUMN_GAP, width - LABEL_WIDTH - COLUMN_GAP),
    ];

    doc.paragraph(&labels.title, TITLE_SIZE);
    doc.space(6.0);
    doc.row(
        &label_value,
        &[&labels.subscription_id, &summary.subscription_id],
        TEXT_SIZE,
    );
    doc.row(&label_value, &[&labels.date, &summary.date], TEXT_SIZE);

    heading(&mut doc, &labels.organizations);
    if let Some(partner) = &summary.partner {
        doc.row(
            &label_value,
            &[&labels.partner, &org_text(partner)],
            TEXT_SIZE,
        );
    }
    doc.row(
        &label_value,
        &[&labels.customer, &org_text(&summary.customer)],
        TEXT_SIZE,
    );

    if !summary.services.is_empty() {
        heading(&mut doc, &labels.services);
        let quantity_width = 90.0;
        let columns = [
            Column::left(0.0, width - quantity_width - COLUMN_GAP),
            Column::right(width - quantity_width, quantity_width),
        ];
        let rows: Vec<Vec<String>> = summary
            .services
            .iter()
            .map(|service| vec![service.name.clone(), service.quantity.to_string()])
            .collect();
        doc.table(
            &columns,
            &[&labels.service, &labels.quantity],
            TEXT_SIZE,
            &rows,
            TEXT_SIZE,
        );
    }

    if !summary.meetings_sites.is_empty() {
        heading(&mut doc, &labels.meetings_sites);
        // Host names (up to 73 characters) and time zones (up to 32) are
        // the long values; the flag and the count are short.
        let flag = 90.0;
        let count = 60.0;
        let rest = width - flag - count - 3.0 * COLUMN_GAP;
        let url = rest * 0.62;
        let zone = rest - url;
        let columns = [
            Column::left(0.0, url),
            Column::left(url + COLUMN_GAP, zone),
            Column::left(url + zone + 2.0 * COLUMN_GAP, flag),
            Column::right(width - count, count),
        ];
        let rows: Vec<Vec<String>> = summary
            .meetings_sites
            .iter()
            .map(|site| {
                vec![
                    site.site_url.clone(),
                    site.time_zone.clone(),
                    if site.early_adopter {
                        labels.yes.clone()
                    } else {
                        labels.no.clone()
                    },
                    site.licenses.to_string(),
                ]
            })
            .collect();
        doc.table(
            &columns,
            &[
                &labels.site_url,
                &labels.time_zone,
                &labels.early_adopter,
                &labels.licenses,
            ],
            TEXT_SIZE,
            &rows,
            TEXT_SIZE,
        );
    }

    if let Some(location) = &summary.calling_location {
        heading(&mut doc, &labels.calling_location);
        let address = location
            .address_lines
            .iter()
            .map(|line| line.trim())
            .filter(|line| !line.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        doc.row(
            &label_value,
            &[&labels.location_name, &location.name],
            TEXT_SIZE,
        );
        doc.row(
            &label_value,
            &[&labels.country, &location.country],
            TEXT_SIZE,
        );
        doc.row(&label_value, &[&labels.address, &address], TEXT_SIZE);
    }

    doc.finish()
}

/// A section heading, kept on the page with at least its first lines.
fn heading(doc: &mut Document, text: &str) {
    doc.space(12.0);
    doc.keep(
        Document::line_height(HEADING_SIZE) + RULE_HEIGHT + 3.0 * Document::line_height(TEXT_SIZE),
    );
    doc.paragraph(text, HEADING_SIZE);
    doc.rule();
}

/// An organization's name, with its country on a second line when known.
fn org_text(org: &OrgSummary) -> String {
    if org.country.trim().is_empty() {
        org.name.clone()
    } else {
        format!("{}\n{}", org.name, org.country)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn any_text() -> impl Strategy<Value = String> {
        // Any characters, including controls, unassigned and astral ones,
        // and occasionally a very long run without spaces.
        prop_oneof![
            any::<String>(),
            "[a-zșțăîâæøåЖжя \\n]{0,40}",
            "\\PC{200,400}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn sub_10_any_text_in_any_field_still_makes_a_pdf(
            id in any_text(),
            name in any_text(),
            site in any_text(),
            zone in any_text(),
            address in any_text(),
            label in any_text(),
            quantity in any::<u32>(),
            sites in 0usize..5,
        ) {
            let summary = OrderSummary {
                subscription_id: id.clone(),
                date: label.clone(),
                partner: Some(OrgSummary { name: name.clone(), country: zone.clone() }),
                customer: OrgSummary { name: address.clone(), country: String::new() },
                services: vec![ServiceSummary { name: name.clone(), quantity }],
                meetings_sites: (0..sites)
                    .map(|i| MeetingsSiteSummary {
                        site_url: site.clone(),
                        time_zone: zone.clone(),
                        early_adopter: i % 2 == 0,
                        licenses: quantity,
                    })
                    .collect(),
                calling_location: Some(CallingLocationSummary {
                    name: name.clone(),
                    country: label.clone(),
                    address_lines: vec![address.clone(), String::new(), site.clone()],
                }),
            };
            let labels = OrderSummaryLabels {
                title: label.clone(),
                language: label.clone(),
                services: label,
                ..OrderSummaryLabels::english()
            };
            let pdf = order_summary_pdf(&summary, &labels);
            prop_assert!(pdf.starts_with(b"%PDF-"));
            prop_assert!(pdf.trim_ascii_end().ends_with(b"%%EOF"));
        }
    }
}

package org.gouvernail.domain.usecase;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reference data: the items of the national lists of processing for which a DPIA is always
 * required (GDPR art. 35(4)), by the country of the supervisory authority that adopted them.
 * Belgium: APD/GBA decision 01/2019 of 16 January 2019 (items 1 to 6; the items on communication
 * and location metadata and on large-scale observation of behaviour are not encoded until their
 * wording is checked against the decision). France: CNIL deliberation 2018-327 of 11 October 2018,
 * its 14 types in the CNIL's order. Item wording from secondary sources (see gdpr-dpia.md).
 */
public enum DpiaListItem {
    /** Biometric data to uniquely identify people in a public place or a private place open to the public. */
    BE_1("BE", "1"),
    /** Data collected from third parties used to decide on refusing or ending a service contract with a natural person. */
    BE_2("BE", "2"),
    /** Health data collected automatically by an active implantable medical device. */
    BE_3("BE", "3"),
    /** Large-scale collection from third parties to analyse or predict economic situation, health, behaviour, location… */
    BE_4("BE", "4"),
    /** Systematic exchange between several controllers of special-category or highly personal data (social work…). */
    BE_5("BE", "5"),
    /** Large-scale processing of data from connected devices with sensors (Internet of Things). */
    BE_6("BE", "6"),
    /** Health data processed by health or medico-social establishments for the care of people. */
    FR_1("FR", "1"),
    /** Genetic data of vulnerable persons. */
    FR_2("FR", "2"),
    /** Profiling of people for human-resources management. */
    FR_3("FR", "3"),
    /** Constant monitoring of employees' activity. */
    FR_4("FR", "4"),
    /** Managing alerts and reports in social and health matters. */
    FR_5("FR", "5"),
    /** Managing professional alerts and reports (whistleblowing). */
    FR_6("FR", "6"),
    /** Health data for a data warehouse or a registry. */
    FR_7("FR", "7"),
    /** Profiling that may exclude someone from a contract or suspend or end it. */
    FR_8("FR", "8"),
    /** Pooled records of contract breaches that may lead to exclusion or suspension. */
    FR_9("FR", "9"),
    /** Profiling using data from external sources. */
    FR_10("FR", "10"),
    /** Biometric recognition of people among whom are vulnerable persons (pupils, elderly, patients, asylum seekers). */
    FR_11("FR", "11"),
    /** Examining applications for and managing social housing. */
    FR_12("FR", "12"),
    /** Social or medico-social support of people. */
    FR_13("FR", "13"),
    /** Large-scale location data. */
    FR_14("FR", "14");

    private final String country;
    private final String number;

    DpiaListItem(String country, String number) {
        this.country = country;
        this.number = number;
    }

    /** ISO 3166-1 alpha-2 code of the country whose supervisory authority adopted the list. */
    public String country() {
        return country;
    }

    public Citation citation() {
        return Citation.item(
                country.equals("BE") ? LegalSource.APD_GBA_01_2019 : LegalSource.CNIL_2018_327, "n° " + number);
    }

    public String reference() {
        return citation().reference();
    }

    /** Whether a list is encoded for the authority of this country. */
    public static boolean listed(String country) {
        return !of(country).isEmpty();
    }

    /** The items of the list of this country's authority; empty when none is encoded. */
    public static List<DpiaListItem> of(String country) {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(item -> item.country.equals(code)).toList();
    }
}

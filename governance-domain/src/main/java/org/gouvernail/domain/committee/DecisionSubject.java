package org.gouvernail.domain.committee;

import java.util.List;
import java.util.regex.Pattern;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * Value: what a decision is about, by its code ("TOOL", "USE_CASE"...). Open rather than an enum:
 * an area becomes decidable by registering a {@link org.gouvernail.domain.committee.port.out.DecisionEffect}
 * for a new code, without the committee changing. The constants name the subjects known today.
 */
public record DecisionSubject(String code) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");

    public static final DecisionSubject TOOL = new DecisionSubject("TOOL");
    public static final DecisionSubject USE_CASE = new DecisionSubject("USE_CASE");
    /** Settles an approval request; a TOOL or USE_CASE decision may settle one too, through its requestId. */
    public static final DecisionSubject APPROVAL_REQUEST = new DecisionSubject("APPROVAL_REQUEST");
    /** Accepts a risk whatever its level when approved. */
    public static final DecisionSubject RISK_ACCEPTANCE = new DecisionSubject("RISK_ACCEPTANCE");
    /** Publishes a policy version (IN_REVIEW) when approved; a rejection returns it to DRAFT. */
    public static final DecisionSubject POLICY_VERSION = new DecisionSubject("POLICY_VERSION");
    /** Closes a review the review cycle put on the agenda; its review date is the subject's next review. */
    public static final DecisionSubject REVIEW = new DecisionSubject("REVIEW");
    /** Publishes a version (IN_REVIEW) of the public AI transparency statement when approved; a rejection returns it to DRAFT. */
    public static final DecisionSubject TRANSPARENCY = new DecisionSubject("TRANSPARENCY");
    /** Anything else (the charter, a budget...): no subject id, no effect. */
    public static final DecisionSubject OTHER = new DecisionSubject("OTHER");

    /** The subjects known today, in the order the API documents them. */
    public static final List<DecisionSubject> KNOWN =
            List.of(TOOL, USE_CASE, APPROVAL_REQUEST, RISK_ACCEPTANCE, POLICY_VERSION, REVIEW, TRANSPARENCY, OTHER);

    public DecisionSubject {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInput(
                    "subject",
                    "enum",
                    "a decision subject is a code of capitals and underscores, at most 20, such as " + KNOWN,
                    String.join(", ", KNOWN.stream().map(DecisionSubject::code).toList()));
        }
    }

    public static DecisionSubject of(String code) {
        return new DecisionSubject(code);
    }

    /** The code: audit summaries and messages show it as the enum did. */
    @Override
    public String toString() {
        return code;
    }
}

package vn.vanthu.outgoing;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import vn.vanthu.core.RuleViolation;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.Role;

/**
 * Who may see an outgoing document and take which step, Decree 30 Art. 10–19: the drafter edits and submits; whoever
 * holds it in review edits, approves and passes it on, or returns it; the competent signer signs when it reaches
 * them; the clerks check it, then number, seal and issue it (or return it for its form). Everyone in the chain may
 * comment. Nobody else of the agency reads a draft; its leaders read what it has issued.
 */
final class OutgoingPolicy {

    private OutgoingPolicy() {
    }

    static boolean sees(CurrentUser me, OutgoingDocument document) {
        if (document.concerns(me.id())) {
            return true;
        }
        boolean ours = me.agencyCode().equals(document.agencyCode());
        OutgoingState state = document.state();
        boolean issued = state == OutgoingState.ISSUED || state == OutgoingState.RECALLED;
        return ours && (me.hasRole(Role.CLERK) && (state == OutgoingState.SIGNED || issued)
                || me.hasRole(Role.LEADER) && issued);
    }

    static Set<OutgoingAction> allowed(CurrentUser me, OutgoingDocument document) {
        Set<OutgoingAction> allowed = EnumSet.noneOf(OutgoingAction.class);
        for (OutgoingAction action : OutgoingAction.values()) {
            if (mayByPlace(me, document, action) && stateAllows(document.state(), action)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Refuses (409) a step this person has no place to take; the document refuses a step its state forbids. */
    static void check(CurrentUser me, OutgoingDocument document, OutgoingAction action) {
        if (!mayByPlace(me, document, action)) {
            throw new RuleViolation("outgoing.not-allowed." + action.name().toLowerCase(Locale.ROOT));
        }
    }

    private static boolean mayByPlace(CurrentUser me, OutgoingDocument document, OutgoingAction action) {
        boolean drafter = me.id().equals(document.drafterId());
        boolean holder = me.id().equals(document.reviewerId());
        boolean signer = me.id().equals(document.signerId());
        boolean clerk = me.agencyCode().equals(document.agencyCode()) && me.hasRole(Role.CLERK);
        OutgoingState state = document.state();
        return switch (action) {
            case EDIT -> state == OutgoingState.IN_REVIEW ? holder : drafter;
            case SUBMIT -> drafter;
            case APPROVE -> holder && !signer;
            case COMMENT -> document.concerns(me.id()) || clerk && state == OutgoingState.SIGNED;
            case RETURN -> state == OutgoingState.SIGNED ? clerk : holder;
            case SIGN -> holder && signer;
            case ISSUE, RECALL, UPDATE -> clerk;
            case REPLACE -> clerk || document.concerns(me.id());
        };
    }

    private static boolean stateAllows(OutgoingState state, OutgoingAction action) {
        return switch (action) {
            case EDIT, SUBMIT -> state == OutgoingState.DRAFT || state == OutgoingState.RETURNED
                    || action == OutgoingAction.EDIT && state == OutgoingState.IN_REVIEW;
            case APPROVE, SIGN -> state == OutgoingState.IN_REVIEW;
            case COMMENT -> state != OutgoingState.ISSUED && state != OutgoingState.RECALLED;
            case RETURN -> state == OutgoingState.IN_REVIEW || state == OutgoingState.SIGNED;
            case ISSUE -> state == OutgoingState.SIGNED;
            case RECALL, REPLACE, UPDATE -> state == OutgoingState.ISSUED;
        };
    }
}

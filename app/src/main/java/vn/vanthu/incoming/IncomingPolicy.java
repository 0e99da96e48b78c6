package vn.vanthu.incoming;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import vn.vanthu.core.RuleViolation;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.Role;

/**
 * Who may see an incoming document and take which step, by their role in the receiving agency and their place in
 * the document's flow: the clerks receive, register, submit and refuse; the leaders assign, remind and reopen; the
 * lead handler completes, and passes the lead down if they head a unit; handlers and leaders write opinions.
 */
final class IncomingPolicy {

    private IncomingPolicy() {
    }

    /**
     * The clerks and leaders of the receiving agency, and everyone it was ever assigned to. A secret document only
     * the clerks and leaders: its work is on paper.
     */
    static boolean sees(CurrentUser me, IncomingDocument document) {
        if (me.agencyCode().equals(document.agencyCode())
                && (me.hasRole(Role.CLERK) || me.hasRole(Role.LEADER))) {
            return true;
        }
        return !document.confidentiality().secret() && document.state() != IncomingState.RECALLED
                && document.concerns(me.id());
    }

    static Set<IncomingAction> allowed(CurrentUser me, IncomingDocument document) {
        Set<IncomingAction> allowed = EnumSet.noneOf(IncomingAction.class);
        for (IncomingAction action : IncomingAction.values()) {
            if (may(me, document, action)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Refuses (409) a step this person has no place to take; the document refuses a step its state forbids. */
    static void check(CurrentUser me, IncomingDocument document, IncomingAction action) {
        if (!mayByRole(me, document, action)) {
            throw new RuleViolation("incoming.not-allowed." + action.name().toLowerCase(Locale.ROOT));
        }
    }

    private static boolean may(CurrentUser me, IncomingDocument document, IncomingAction action) {
        return mayByRole(me, document, action) && stateAllows(document, action);
    }

    private static boolean mayByRole(CurrentUser me, IncomingDocument document, IncomingAction action) {
        boolean ours = me.agencyCode().equals(document.agencyCode());
        boolean clerk = ours && me.hasRole(Role.CLERK);
        boolean leader = ours && me.hasRole(Role.LEADER);
        boolean lead = document.openTask(me.id(), TaskRole.LEAD).isPresent();
        boolean coordinator = document.openTask(me.id(), TaskRole.COORDINATE).isPresent();
        return switch (action) {
            case REGISTER, SUBMIT, REFUSE, ACCEPT_RECALL, REFUSE_RECALL -> clerk;
            case ASSIGN, REMIND, REOPEN -> leader;
            case RETURN -> leader || lead;
            case DELEGATE -> lead && me.hasRole(Role.UNIT_HEAD);
            case OPINION -> leader || lead || coordinator;
            case COMPLETE -> lead;
            case READ -> document.openTask(me.id(), TaskRole.INFORM).isPresent();
        };
    }

    private static boolean stateAllows(IncomingDocument document, IncomingAction action) {
        IncomingState state = document.state();
        if (state == IncomingState.RECALLED) {
            return false;
        }
        return switch (action) {
            case REGISTER -> state == IncomingState.RECEIVED;
            case SUBMIT -> state == IncomingState.REGISTERED || state == IncomingState.RETURNED;
            case REFUSE -> state == IncomingState.RECEIVED || state == IncomingState.REGISTERED
                    || state == IncomingState.RETURNED;
            case ASSIGN, RETURN, OPINION -> state == IncomingState.SUBMITTED || state == IncomingState.IN_HANDLING;
            case DELEGATE, COMPLETE, REMIND -> state == IncomingState.IN_HANDLING;
            case REOPEN -> state == IncomingState.COMPLETED;
            case READ -> true;
            case ACCEPT_RECALL, REFUSE_RECALL -> document.recallState() == RecallState.REQUESTED;
        };
    }
}

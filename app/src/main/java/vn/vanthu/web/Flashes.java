package vn.vanthu.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vanthu.core.Refusal;

/**
 * What a page says after a form posts and the browser is sent back: {@code done} holds the message key of what
 * was done, {@code refusal} the words of why it was not. The refusal is put in words here, in the reader's
 * language, because its arguments need not survive the session store.
 */
@Component
public class Flashes {

    private final MessageSource messages;

    Flashes(MessageSource messages) {
        this.messages = messages;
    }

    public void done(RedirectAttributes redirect, String messageKey) {
        redirect.addFlashAttribute("done", messageKey);
    }

    /** Takes a step a form asked for, and says it was done ({@code doneKey}) or, in words, why it was not. */
    public void take(RedirectAttributes redirect, String doneKey, Runnable step) {
        try {
            step.run();
            done(redirect, doneKey);
        } catch (Refusal refusal) {
            refusal(redirect, refusal);
        }
    }

    public void refusal(RedirectAttributes redirect, Refusal refusal) {
        redirect.addFlashAttribute("refusal", messages.getMessage(refusal.messageKey(), refusal.arguments(),
                refusal.messageKey(), LocaleContextHolder.getLocale()));
    }
}

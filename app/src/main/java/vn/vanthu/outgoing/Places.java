package vn.vanthu.outgoing;

import java.util.List;
import java.util.Locale;

import vn.vanthu.organisation.AgencyView;

/**
 * Địa danh, Decree 30 Appendix I II.4: the place written before the date is the province for provincial agencies,
 * the district for district ones, the commune for communes, taken from the nearest agency whose name says where it
 * is ({@code Ủy ban nhân dân huyện Đông Sơn} gives {@code Đông Sơn}).
 */
final class Places {

    private static final List<String> UNITS = List.of("thành phố ", "tỉnh ", "thị xã ", "huyện ", "quận ",
            "thị trấn ", "phường ", "xã ");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private Places() {
    }

    /** @param path the agency's ancestors from the top down to the agency itself */
    static String of(List<AgencyView> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            String name = path.get(i).name();
            String lower = name.toLowerCase(VI);
            int best = -1;
            int length = 0;
            for (String unit : UNITS) {
                int at = lower.lastIndexOf(unit);
                if (at > best) {
                    best = at;
                    length = unit.length();
                }
            }
            if (best >= 0) {
                return name.substring(best + length).strip();
            }
        }
        return "";
    }
}

package vn.vanthu.register;

import java.util.UUID;

/** A number taken from a register: the {@code number}-th registration of {@code year}. */
public record RegisterNumber(UUID registerId, int year, long number) {
}

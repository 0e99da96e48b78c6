package vn.vanthu.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vanthu.IntegrationTest;
import vn.vanthu.VanThu;
import vn.vanthu.core.VietnamTime;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.Role;

@IntegrationTest
class NumberingIntegrationTests {

    private static final CurrentUser CLERK = new CurrentUser(UUID.randomUUID(), "vt.tinh", "Văn thư", "Văn thư",
            new AgencyCode("000.00.00.H99"), "Ủy ban nhân dân tỉnh Sơn Hà", null, null, Set.of(Role.CLERK));

    @Autowired
    Numbering numbering;
    @Autowired
    RegisterManagement registers;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void sixteenClerksTakingTwoHundredNumbersEachGetOneToThreeThousandTwoHundred() throws Exception {
        UUID register = newRegister();
        List<Long> numbers = takeConcurrently(List.of(numbering), new TransactionTemplate(transactions), register, 16,
                200);
        assertThat(numbers).containsExactlyElementsOf(LongStream.rangeClosed(1, 3200).boxed().toList());
    }

    @Test
    void twoVanThuNodesOnOneDatabaseShareOneGapFreeSeries() throws Exception {
        UUID register = newRegister();
        try (ConfigurableApplicationContext secondNode = new SpringApplicationBuilder(VanThu.class)
                .run("--server.port=0")) {
            Numbering other = secondNode.getBean(Numbering.class);
            TransactionTemplate otherTransactions = new TransactionTemplate(
                    secondNode.getBean(PlatformTransactionManager.class));
            List<Long> numbers = new ArrayList<>();
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            try {
                Future<List<Long>> first = nodes.submit(() -> takeConcurrently(List.of(numbering),
                        new TransactionTemplate(transactions), register, 8, 100));
                Future<List<Long>> second = nodes.submit(() -> takeConcurrently(List.of(other), otherTransactions,
                        register, 8, 100));
                numbers.addAll(first.get());
                numbers.addAll(second.get());
            } finally {
                nodes.shutdown();
            }
            Collections.sort(numbers);
            assertThat(numbers).containsExactlyElementsOf(LongStream.rangeClosed(1, 1600).boxed().toList());
        }
    }

    @Test
    void aRegistrationThatRollsBackGivesItsNumberBack() {
        UUID register = newRegister();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Instant now = Instant.now();
        Long first = transaction.execute(status -> numbering.take(register, now).number());
        Long rolledBack = transaction.execute(status -> {
            status.setRollbackOnly();
            return numbering.take(register, now).number();
        });
        Long next = transaction.execute(status -> numbering.take(register, now).number());
        assertThat(first).isEqualTo(1);
        assertThat(rolledBack).isEqualTo(2);
        assertThat(next).isEqualTo(2);
    }

    @Test
    void numbersStartAgainAtOneOnTheFirstOfJanuaryInVietnam() {
        UUID register = newRegister();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Instant newYearsEve = LocalDateTime.of(2026, 12, 31, 23, 59).atZone(VietnamTime.ZONE).toInstant();
        Instant newYear = LocalDateTime.of(2027, 1, 1, 0, 0).atZone(VietnamTime.ZONE).toInstant();
        RegisterNumber last = transaction.execute(status -> numbering.take(register, newYearsEve));
        RegisterNumber first = transaction.execute(status -> numbering.take(register, newYear));
        assertThat(last.year()).isEqualTo(2026);
        assertThat(first.year()).isEqualTo(2027);
        assertThat(first.number()).isEqualTo(1);
    }

    @Test
    void everyAgencyStartsWithAnIncomingRegisterAndASecretOne() {
        assertThat(registers.registersOf(CLERK.agencyCode(), RegisterKind.INCOMING, CLERK))
                .extracting(RegisterView::name, RegisterView::confidential)
                .contains(org.assertj.core.groups.Tuple.tuple("Sổ văn bản đến", false),
                        org.assertj.core.groups.Tuple.tuple("Sổ văn bản đến mật", true));
    }

    private UUID newRegister() {
        return registers.open(CLERK.agencyCode(), new RegisterDetails("Sổ thử " + UUID.randomUUID(),
                RegisterKind.INCOMING, false, 9, null), CLERK).id();
    }

    private static List<Long> takeConcurrently(List<Numbering> numberings, TransactionTemplate transaction,
            UUID register, int clerks, int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clerks);
        try {
            List<Future<List<Long>>> work = new ArrayList<>();
            for (int clerk = 0; clerk < clerks; clerk++) {
                Numbering numbering = numberings.get(clerk % numberings.size());
                work.add(pool.submit(() -> {
                    List<Long> taken = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        taken.add(transaction.execute(status -> numbering.take(register, Instant.now()).number()));
                    }
                    return taken;
                }));
            }
            List<Long> numbers = new ArrayList<>();
            for (Future<List<Long>> clerk : work) {
                numbers.addAll(clerk.get());
            }
            Collections.sort(numbers);
            return numbers;
        } finally {
            pool.shutdown();
        }
    }
}

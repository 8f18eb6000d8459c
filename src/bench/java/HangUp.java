import ch.qos.logback.classic.Level;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.LoggerFactory;
import showcase.io.Downstream;
import showcase.io.Downstream.Ending;
import showcase.io.Downstream.Watch;
import showcase.report.Table;

/**
 * Does an interrupted {@code HttpClient.send} reach the far end? Per trial a virtual thread calls
 * the downstream service (300 ms of work) and is interrupted 50 ms after it started; the service's
 * own record says whether it saw the client leave, watching by writes only or by reads too, or
 * whether the request never reached it. scripts/bench hang-up runs it; it is a measurement, not a test.
 */
public class HangUp {

    private static final Duration WORK = Duration.ofMillis(300);
    private static final Duration INTERRUPT_AFTER = Duration.ofMillis(50);

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        Table table = new Table("the service watches by", "trials", "abandoned", "completed for nobody", "never reached");
        for (Watch watch : Watch.values()) {
            int[] endings = new int[3];
            try (Downstream downstream = Downstream.start(watch);
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                trial(downstream, http, "warm-up");
                for (int i = 0; i < trials; i++) {
                    endings[trial(downstream, http, watch + "-" + i)]++;
                }
            }
            table.row(watch.name().toLowerCase(), trials, endings[0], endings[1], endings[2]);
            System.err.printf("%s: %d trials done%n", watch, trials);
        }
        System.out.print(table.text());
        System.out.printf("each trial: HttpClient.send (HTTP/1.1, a pooled connection) on a virtual thread, interrupted"
                + " %d ms into %d ms of work%n", INTERRUPT_AFTER.toMillis(), WORK.toMillis());
    }

    /** 0 if the service saw the client leave, 1 if it completed the work anyway, 2 if the request never came. */
    private static int trial(Downstream downstream, HttpClient http, String id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(downstream.work(id, WORK)).build();
        Thread caller = Thread.ofVirtual().start(() -> {
            try {
                http.send(request, HttpResponse.BodyHandlers.discarding());
            } catch (Exception expected) {
                // the interrupt is the point of the trial
            }
        });
        // The call cannot end by itself within this wait: WORK is longer.
        caller.join(INTERRUPT_AFTER);
        caller.interrupt();
        caller.join();
        return downstream.awaitEnd(id, WORK.plusSeconds(1))
                .map(served -> served.ending() == Ending.ABANDONED ? 0 : 1)
                .orElse(2);
    }
}

import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;

/**
 * The yardstick for the showcase's start-up: the seed's hello with nothing else, no logging, no
 * command line. scripts/bench startup times `scripts/showcase` against it.
 */
public class BareHello {

    public static void main(String[] args) throws InterruptedException {
        try (var scope = StructuredTaskScope.open(Joiner.<String>allSuccessfulOrThrow())) {
            scope.fork(() -> {
                Thread.sleep(1000);
                System.out.println("Hello");
                return "Hello";
            });
            scope.fork(() -> {
                Thread.sleep(2000);
                System.out.println("World");
                return "World";
            });
            System.out.println(scope.join().map(Subtask::get).toList());
        }
    }
}

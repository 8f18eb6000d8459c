package showcase.server.load;

import java.util.List;

/** A server for the load to start in a child JVM: its name in the report, and {@code serve}'s arguments. */
public record Target(String label, List<String> serveArguments) {
}

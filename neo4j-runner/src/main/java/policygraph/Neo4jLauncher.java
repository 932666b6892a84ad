package policygraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs an embedded Neo4j Community database with the Bolt connector until SIGTERM/SIGINT.
 *
 * Usage: Neo4jLauncher HOME_DIR CONFIG_FILE. The password for the built-in `neo4j` user comes from
 * the NEO4J_PASSWORD environment variable and is (re)applied at every start, so the configured
 * password is always the one in force; it never appears on the command line.
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Neo4jLauncher HOME_DIR CONFIG_FILE");
            System.exit(64);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Path config = Path.of(args[1]).toAbsolutePath();
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("NEO4J_PASSWORD must be set and at least 8 characters long");
            System.exit(64);
        }
        Files.createDirectories(home);

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(config)
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutting down");
            service.shutdown();
            log("stopped");
            stopped.countDown();
        }, "neo4j-shutdown"));

        try {
            applyPassword(service, password);
            GraphDatabaseService db = service.database("neo4j");
            db.executeTransactionally("RETURN 1");
            writeReadyMarker(home);
        } catch (RuntimeException e) {
            // Neo4j's own threads would keep the JVM alive after main fails: exit explicitly.
            System.err.println("[neo4j-runner] start failed: " + e.getMessage());
            System.exit(1);
        }
        log("ready");
        stopped.await();
    }

    /** Sets the neo4j user's password without the change-on-first-login requirement. */
    private static void applyPassword(DatabaseManagementService service, String password) {
        GraphDatabaseService system = service.database("system");
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j IF EXISTS SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one already set: nothing to do then.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
        }
    }

    private static void writeReadyMarker(Path home) throws IOException {
        Files.writeString(home.resolve("ready"), Long.toString(ProcessHandle.current().pid()));
    }

    private static void log(String message) {
        System.out.println("[neo4j-runner] " + message);
        System.out.flush();
    }
}

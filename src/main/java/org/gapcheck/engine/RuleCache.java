package org.gapcheck.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.util.Drools;
import org.kie.api.definition.KiePackage;

/**
 * Compiled knowledge packages on disk, so that a run skips the DRL compiler when nothing it depends on changed. The key
 * is a SHA-256 of every rule source, the Drools and Java versions and the bytecode of the gapcheck classes the rules
 * import (a changed fact class makes compiled consequences stale even when the DRL is the same).
 *
 * <p>Deserializing compiled packages defines and runs their classes, so a file is used only when it is provably one this
 * user's gapcheck wrote: the folder must be the user's own and writable by no one else, and every file carries an
 * HMAC-SHA256 under a random key kept beside it (owner-only), checked before a byte of it is deserialized. Only regular
 * files of bounded size are read, never through a link. A file that fails any check or cannot be turned into a working
 * rule base — stale format, truncated, foreign, forged — is deleted and rebuilt. Files are written to a temporary name
 * and renamed, so a concurrent or interrupted run never leaves half a cache. Writing one prunes the folder to the
 * {@link #KEPT} rule sets used last.
 */
public final class RuleCache {

    private static final String MAGIC = "gapcheck-rules-2";
    /**
     * Rule sets kept, the most recently used: each a megabyte or two, and every edit of a catalogue or upgrade of
     * gapcheck leaves the old one behind, while a user switching between a few catalogues keeps each of them.
     */
    static final int KEPT = 8;
    /** The largest rule file read: the bundled catalogue's is 1.6 MB, so this leaves room for a catalogue 40 times its size. */
    static final long MAX_FILE_BYTES = 64L << 20;
    /** A catalogue hint holds one 64-digit key. */
    private static final int MAX_HINT_BYTES = 256;
    static final String MAC_KEY_FILE = "hmac.key";
    static final int MAC_BYTES = 32;
    /** A modification time this far ahead of the clock is not a last use (another machine's clock, or a forgery). */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(1);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern RULE_FILE = Pattern.compile("rules-[0-9a-f]{64}\\.bin");
    private static final Pattern HINT_FILE = Pattern.compile("catalogue-[0-9a-f]{64}\\.key");
    private static final Pattern GAPCHECK_IMPORT = Pattern.compile("^import\\s+(org\\.gapcheck\\.[\\w.]+);", Pattern.MULTILINE);
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_FOLDER =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
    /**
     * Limits on what deserializing one file may do. Measured (bundled catalogue, 1,570,550-byte file; the test
     * catalogues, 181-186 KB): nesting depth 20 in all of them; one object reference per 43 bytes of payload (bundled),
     * 31 (test catalogues); largest array 1,098,721 elements, 70% of the payload (the consequences' bytecode, which
     * Drools reads back through a stream of its own: depth 1, arrays of at most 4,084). Limits: depth 64 (3 times);
     * references one per 8 bytes of payload (4 times the densest); an array no longer than the payload, which it could
     * not fill. A HashSet bomb needs depth 100; an array header claiming 2 GB in a small file is refused unallocated.
     */
    private static final int MAX_DEPTH = 64;
    private static final int BYTES_PER_REFERENCE = 8;
    /** What a cache file may contain: Drools' own classes, MVEL's, gapcheck's fact types and the JDK's collections and numbers. */
    private static final String RULE_CLASSES = "java.lang.*;java.math.*;java.util.*;java.util.concurrent.*;"
            + "java.util.concurrent.locks.*;org.drools.**;org.kie.**;org.mvel2.**;org.gapcheck.**;!*";

    private final Path folder;
    /** The current user, whom the folder and the MAC key must belong to; null where the file system has no owners. */
    private final UserPrincipal user;
    private byte[] macKey;

    private RuleCache(Path folder, UserPrincipal user) {
        this.folder = folder;
        this.user = user;
    }

    /**
     * The per-user cache folder: $GAPCHECK_CACHE_DIR, else the platform's cache location, under gapcheck/rules.
     *
     * @throws UnsafeCacheFolderException when the folder belongs to someone else or others may write to it
     */
    public static RuleCache forUser() {
        return in(userCacheFolder(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home"))));
    }

    /**
     * The cache in {@code folder}, created (with any missing parents) readable and writable by the user alone.
     *
     * @throws UnsafeCacheFolderException when the folder belongs to someone else or others may write to it
     */
    public static RuleCache in(Path folder) {
        return in(folder, currentUser(folder));
    }

    /** As {@link #in(Path)}, checking ownership against {@code user} (null: no ownership to check). */
    static RuleCache in(Path folder, UserPrincipal user) {
        createOwnerOnly(folder);
        requireOwnFolder(folder, user);
        return new RuleCache(folder, user);
    }

    static Path userCacheFolder(Map<String, String> env, String osName, Path home) {
        if (env.get("GAPCHECK_CACHE_DIR") != null && !env.get("GAPCHECK_CACHE_DIR").isBlank()) {
            return Path.of(env.get("GAPCHECK_CACHE_DIR"));
        }
        Path base;
        if (osName.startsWith("Windows") && env.get("LOCALAPPDATA") != null) {
            base = Path.of(env.get("LOCALAPPDATA"));
        } else if (osName.startsWith("Mac")) {
            base = home.resolve("Library/Caches");
        } else if (env.get("XDG_CACHE_HOME") != null && !env.get("XDG_CACHE_HOME").isBlank()) {
            base = Path.of(env.get("XDG_CACHE_HOME"));
        } else {
            base = home.resolve(".cache");
        }
        return base.resolve("gapcheck").resolve("rules");
    }

    public Path folder() {
        return folder;
    }

    /** The cache key of these rule sources, as a file name. */
    static String key(List<String> drlSources) {
        MessageDigest sha = sha256();
        update(sha, MAGIC);
        update(sha, Drools.getFullVersion());
        update(sha, String.valueOf(Runtime.version().feature()));
        TreeSet<String> imported = new TreeSet<>();
        for (String drl : drlSources) {
            update(sha, drl);
            Matcher m = GAPCHECK_IMPORT.matcher(drl);
            while (m.find()) {
                imported.add(m.group(1));
            }
        }
        for (String className : imported) {
            update(sha, className);
            sha.update(bytecodeOf(className));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * What {@code use} makes of the packages stored under {@code key}, or nothing when there are none or they fail any
     * check or {@code use} throws: the file is then deleted, for the compiler to rebuild. Nothing here ever ends a run.
     */
    <T> Optional<T> read(String key, Function<Collection<KiePackage>, T> use) {
        Path file = fileFor(key);
        try {
            byte[] bytes = readRegularFile(file, MAX_FILE_BYTES);
            int payload = payloadOffset(bytes, key);
            T result = use.apply(packagesIn(bytes, payload, bytes.length - payload));
            markUsed(file);
            return Optional.of(result);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (Exception | OutOfMemoryError | StackOverflowError | LinkageError e) {
            // Stale, damaged or not ours (the MAC or a limit failed, or Drools could not use what it read): rebuilt.
            deleteQuietly(file);
            return Optional.empty();
        }
    }

    /** Deletes the rules stored under {@code key}: read, they turned out not to be what they should be. */
    void discard(String key) {
        deleteQuietly(fileFor(key));
    }

    /** Best effort: a cache that cannot be written (read-only home, full disk) only costs the next run its compile. */
    void write(String key, Collection<KiePackage> packages) {
        Path tmp = null;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(2 << 20);
            bytes.write(new byte[MAC_BYTES]);
            DataOutputStream header = new DataOutputStream(bytes);
            header.writeUTF(MAGIC);
            header.writeUTF(key);
            ByteArrayOutputStream payload = new ByteArrayOutputStream(2 << 20);
            try (ObjectOutputStream out = new DroolsObjectOutputStream(payload)) {
                out.writeObject(new ArrayList<>(packages));
            }
            header.writeInt(payload.size());
            payload.writeTo(bytes);
            byte[] file = bytes.toByteArray();
            if (file.length > MAX_FILE_BYTES) {
                return;   // it would never be read back
            }
            System.arraycopy(hmac(macKey(), file, MAC_BYTES, file.length - MAC_BYTES), 0, file, 0, MAC_BYTES);
            tmp = Files.createTempFile(folder, "rules-", ".tmp");
            Files.write(tmp, file);
            try {
                Files.move(tmp, fileFor(key), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, fileFor(key), StandardCopyOption.REPLACE_EXISTING);
            }
            prune(fileFor(key));
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /**
     * Where the payload of a rule file starts, after its MAC, magic, key and payload length, once the MAC proves the
     * file was written by this user's gapcheck and the header names {@code key}.
     */
    private int payloadOffset(byte[] bytes, String key) throws IOException {
        if (bytes.length < MAC_BYTES || !MessageDigest.isEqual(Arrays.copyOf(bytes, MAC_BYTES),
                hmac(macKey(), bytes, MAC_BYTES, bytes.length - MAC_BYTES))) {
            throw new IOException("not written by this user's gapcheck");
        }
        ByteArrayInputStream rest = new ByteArrayInputStream(bytes, MAC_BYTES, bytes.length - MAC_BYTES);
        DataInputStream header = new DataInputStream(rest);
        if (!MAGIC.equals(header.readUTF()) || !key.equals(header.readUTF()) || header.readInt() != rest.available()) {
            throw new IOException("not this key's cache file");
        }
        return bytes.length - rest.available();
    }

    static List<KiePackage> packagesIn(byte[] bytes, int offset, int length)
            throws IOException, ClassNotFoundException {
        ObjectInputFilter filter = ObjectInputFilter.Config.createFilter("maxdepth=" + MAX_DEPTH
                + ";maxrefs=" + length / BYTES_PER_REFERENCE + ";maxarray=" + length + ";maxbytes=" + length
                + ";" + RULE_CLASSES);
        NestedStreams.READING.set(filter);
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(bytes, offset, length),
                RuleCache.class.getClassLoader())) {
            in.setObjectInputFilter(filter);
            Object read = in.readObject();
            if (!(read instanceof List<?> list) || !list.stream().allMatch(KiePackage.class::isInstance)) {
                throw new IOException("not a list of rule packages: " + (read == null ? null : read.getClass()));
            }
            @SuppressWarnings("unchecked")
            List<KiePackage> packages = (List<KiePackage>) list;
            return packages;
        } finally {
            NestedStreams.READING.remove();
        }
    }

    /**
     * Drools reads the bytecode of compiled consequences through a plain ObjectInputStream of its own, which the filter
     * set on the outer stream does not reach. The JVM-wide filter applies the filter of the file this thread is reading
     * to it, and leaves every other stream alone.
     */
    private static final class NestedStreams {
        static final ThreadLocal<ObjectInputFilter> READING = new ThreadLocal<>();

        static {
            try {
                ObjectInputFilter.Config.setSerialFilter(info -> {
                    ObjectInputFilter reading = READING.get();
                    return reading == null ? ObjectInputFilter.Status.UNDECIDED : reading.checkInput(info);
                });
            } catch (IllegalStateException | SecurityException e) {
                // A filter of the user's own (jdk.serialFilter) is in place: it applies instead; the MAC still does.
            }
        }
    }

    /** The key rule files are authenticated under: 32 random bytes, created once, readable by the user alone. */
    synchronized byte[] macKey() throws IOException {
        if (macKey == null) {
            macKey = readOrCreateMacKey();
        }
        return macKey;
    }

    private byte[] readOrCreateMacKey() throws IOException {
        Path file = folder.resolve(MAC_KEY_FILE);
        try {
            Optional<byte[]> existing = ownerOnlyMacKey(file);
            if (existing.isPresent()) {
                return existing.get();
            }
            // Not ours alone (a link, another owner, readable by others): every file signed with it is in doubt, and
            // fails its MAC under the new key.
            deleteQuietly(file);
        } catch (NoSuchFileException e) {
            // the first run in this folder
        }
        byte[] key = new byte[MAC_BYTES];
        new SecureRandom().nextBytes(key);
        Path tmp = Files.createTempFile(folder, "hmac-", ".tmp");   // owner-only, as every temporary file
        try {
            Files.write(tmp, key);
            try {
                Files.createLink(file, tmp);   // appears whole or not at all, and never replaces another run's key
                return key;
            } catch (FileAlreadyExistsException e) {
                // a concurrent first run's
                return ownerOnlyMacKey(file).orElseThrow(() -> new IOException("not the user's alone: " + file));
            } catch (UnsupportedOperationException | IOException e) {
                // No hard links: a concurrent first run may then replace this key, costing one of them a recompile.
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                return key;
            }
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * The MAC key in {@code file} if it is a regular file of 32 bytes that the user owns and no one else may read; empty
     * if it is something else. Failing to read it is an IOException (NoSuchFileException when there is none).
     */
    private Optional<byte[]> ownerOnlyMacKey(Path file) throws IOException {
        BasicFileAttributes attrs;
        if (user != null) {
            PosixFileAttributes posix = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!posix.owner().equals(user) || !OWNER_ONLY_FILE.containsAll(posix.permissions())) {
                return Optional.empty();
            }
            attrs = posix;
        } else {
            attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
        if (!attrs.isRegularFile() || attrs.size() != MAC_BYTES) {
            return Optional.empty();
        }
        byte[] key = readRegularFile(file, MAC_BYTES);
        return key.length == MAC_BYTES ? Optional.of(key) : Optional.empty();
    }

    /**
     * HMAC-SHA256 (RFC 2104) of {@code length} bytes from {@code offset}, under a key of at most 64 bytes. Written over
     * MessageDigest because javax.crypto's Mac costs 30-100 ms of provider start-up, on the critical path of a cold run.
     */
    static byte[] hmac(byte[] key, byte[] bytes, int offset, int length) {
        byte[] inner = new byte[64];
        byte[] outer = new byte[64];
        for (int i = 0; i < 64; i++) {
            byte k = i < key.length ? key[i] : 0;
            inner[i] = (byte) (k ^ 0x36);
            outer[i] = (byte) (k ^ 0x5c);
        }
        MessageDigest sha = sha256();
        sha.update(inner);
        sha.update(bytes, offset, length);
        byte[] innerHash = sha.digest();
        sha.update(outer);
        return sha.digest(innerHash);
    }

    /**
     * The bytes of {@code file} when it is a regular file (a link is not followed) of at most {@code max} bytes, read
     * whole; an IOException for anything else — a FIFO, a device, a link, a file too large or changing while read.
     */
    private static byte[] readRegularFile(Path file, long max) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attrs.isRegularFile() || attrs.size() > max) {
            throw new IOException("not a regular file of at most " + max + " bytes: " + file);
        }
        ByteBuffer bytes = ByteBuffer.allocate((int) attrs.size());
        try (SeekableByteChannel in = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            while (bytes.hasRemaining()) {
                if (in.read(bytes) < 0) {
                    throw new IOException("shrank while read: " + file);
                }
            }
            if (in.read(ByteBuffer.allocate(1)) >= 0) {
                throw new IOException("grew while read: " + file);
            }
        }
        return bytes.array();
    }

    /** A file's modification time is when it was last read or written, so that pruning keeps what is in use. */
    private static void markUsed(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException | RuntimeException ignored) {
            // pruning may then take it for older than it is: it is rebuilt if needed again
        }
    }

    /**
     * Deletes all but the {@link #KEPT} most recently used rule sets, {@code fresh} (just written) always among them,
     * and the catalogue hints that named the others. A use in the future is not believed: such a file counts as the
     * oldest, lest a few future-dated files push every new one out.
     */
    private void prune(Path fresh) throws IOException {
        List<Path> ruleFiles;
        try (Stream<Path> files = Files.list(folder)) {
            ruleFiles = files.filter(f -> RULE_FILE.matcher(f.getFileName().toString()).matches())
                    .filter(f -> !f.equals(fresh)).toList();
        }
        FileTime latestBelievable = FileTime.from(Instant.now().plus(CLOCK_SLACK));
        Map<Path, FileTime> used = new HashMap<>();
        for (Path file : ruleFiles) {
            FileTime time = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
            used.put(file, time.compareTo(latestBelievable) > 0 ? FileTime.fromMillis(0) : time);
        }
        ruleFiles.stream().sorted(Comparator.comparing(used::get).reversed()).skip(KEPT - 1)
                .forEach(RuleCache::deleteQuietly);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path hint : files.filter(f -> HINT_FILE.matcher(f.getFileName().toString()).matches()).toList()) {
                Optional<String> key = readHint(hint);
                if (key.isEmpty() || !Files.exists(fileFor(key.get()), LinkOption.NOFOLLOW_LINKS)) {
                    deleteQuietly(hint);
                }
            }
        }
    }

    /**
     * The key this catalogue source's rules had when they were last stored, so that reading them can begin while the
     * catalogue is still being parsed. Only a hint: the rules are used only when the key of the DRL generated from the
     * parsed catalogue turns out the same.
     */
    Optional<String> lastKeyFor(byte[] catalogueSource) {
        return readHint(hintFileFor(catalogueSource));
    }

    /** The key a hint file names; a hint that is not a small regular file holding one key is deleted. */
    private static Optional<String> readHint(Path hint) {
        try {
            String key = new String(readRegularFile(hint, MAX_HINT_BYTES), StandardCharsets.US_ASCII).strip();
            if (KEY.matcher(key).matches()) {
                return Optional.of(key);
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // a link, a FIFO, a device, too long: not one of ours
        }
        deleteQuietly(hint);
        return Optional.empty();
    }

    /** Best effort, like {@link #write}. */
    void rememberKeyFor(byte[] catalogueSource, String key) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile(folder, "catalogue-", ".tmp");
            Files.writeString(tmp, key, StandardCharsets.US_ASCII);
            Files.move(tmp, hintFileFor(catalogueSource), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    Path hintFileFor(byte[] catalogueSource) {
        MessageDigest sha = sha256();
        update(sha, MAGIC);
        sha.update(catalogueSource);
        return folder.resolve("catalogue-" + HexFormat.of().formatHex(sha.digest()) + ".key");
    }

    Path fileFor(String key) {
        return folder.resolve("rules-" + key + ".bin");
    }

    /** Best effort: a folder that cannot be created (read-only home) leaves the run without a cache. */
    private static void createOwnerOnly(Path folder) {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder, OWNER_ONLY_FOLDER);
        } catch (UnsupportedOperationException e) {
            try {
                Files.createDirectories(folder);   // no POSIX permissions (Windows): the user's profile folder's ACL
            } catch (IOException | RuntimeException ignored) {
                // no cache this run
            }
        } catch (IOException | RuntimeException ignored) {
            // no cache this run
        }
    }

    /**
     * Refuses a folder another user owns or may write to, as ssh refuses such a ~/.ssh: whoever can put files there
     * could have gapcheck run code of theirs. File systems without POSIX owners and permissions (Windows) are not checked.
     */
    private static void requireOwnFolder(Path folder, UserPrincipal user) {
        PosixFileAttributes attrs;
        try {
            attrs = Files.readAttributes(folder, PosixFileAttributes.class);
        } catch (UnsupportedOperationException | IOException e) {
            return;   // no POSIX attributes, or no folder: nothing is read from it
        }
        if (user != null && !attrs.owner().equals(user)) {
            throw UnsafeCacheFolderException.foreignOwner(folder, attrs.owner().getName(), user.getName());
        }
        if (attrs.permissions().contains(PosixFilePermission.GROUP_WRITE)
                || attrs.permissions().contains(PosixFilePermission.OTHERS_WRITE)) {
            throw UnsafeCacheFolderException.writableByOthers(folder, PosixFilePermissions.toString(attrs.permissions()));
        }
    }

    /**
     * The user this process runs as, by name, or as the owner of a file it creates in {@code folder}; null where the file
     * system has no owners or neither works (ownership is then not checked; the permissions and the MAC still are).
     */
    private static UserPrincipal currentUser(Path folder) {
        try {
            return FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
        } catch (IOException | RuntimeException e) {
            createOwnerOnly(folder);
            Path probe = null;
            try {
                probe = Files.createTempFile(folder, "owner-", ".tmp");
                return Files.getOwner(probe);
            } catch (IOException | RuntimeException unknown) {
                return null;
            } finally {
                if (probe != null) {
                    deleteQuietly(probe);
                }
            }
        }
    }

    private static byte[] bytecodeOf(String className) {
        String resource = "/" + className.replace('.', '/') + ".class";
        try (InputStream in = RuleCache.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("class imported by the rules is missing: " + className);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void update(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover is retried next time
        }
    }
}

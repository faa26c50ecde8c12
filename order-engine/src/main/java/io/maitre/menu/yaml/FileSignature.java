package io.maitre.menu.yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;

/**
 * What a menu file holds, to tell an edit: its length and a checksum of its bytes (a modification time can miss two
 * edits within its resolution). A file that cannot be read has the signature {@link #MISSING}.
 *
 * @param length the number of bytes
 * @param checksum the CRC-32 of the bytes
 */
record FileSignature(long length, long checksum) {

    static final FileSignature MISSING = new FileSignature(-1, -1);

    static FileSignature of(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            return new FileSignature(bytes.length, crc.getValue());
        } catch (NoSuchFileException e) {
            return MISSING;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read menu file " + file, e);
        }
    }

    /** The signatures of the files, in their order: what the directory holds as a whole. */
    static List<FileSignature> of(List<Path> files) {
        return files.stream().map(FileSignature::of).toList();
    }
}

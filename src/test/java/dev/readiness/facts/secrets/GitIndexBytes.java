package dev.readiness.facts.secrets;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds {@code .git/index} files for tests, so no test has to run git. */
public final class GitIndexBytes {

    private GitIndexBytes() {
    }

    /** An index as git writes it: header, then per entry 40 bytes of stat data, the object id and the flags. */
    public static byte[] of(int version, List<String> paths) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("DIRC".getBytes(StandardCharsets.US_ASCII));
        writeInt(out, version);
        writeInt(out, paths.size());
        String previous = "";
        for (String path : paths) {
            int start = out.size();
            out.writeBytes(new byte[40 + 20]);
            byte[] name = path.getBytes(StandardCharsets.UTF_8);
            out.write(name.length >> 8);
            out.write(name.length & 0xff);
            if (version == 4) {
                int common = 0;
                while (common < previous.length() && common < path.length()
                        && previous.charAt(common) == path.charAt(common)) {
                    common++;
                }
                out.write(previous.length() - common);
                out.writeBytes(path.substring(common).getBytes(StandardCharsets.UTF_8));
                out.write(0);
            } else {
                out.writeBytes(name);
                int length = out.size() - start;
                out.writeBytes(new byte[8 - length % 8]);
            }
            previous = path;
        }
        return out.toByteArray();
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write((value >>> 16) & 0xff);
        out.write((value >>> 8) & 0xff);
        out.write(value & 0xff);
    }
}

package dev.readiness.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteSizeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0, 0 bytes",
            "1, 1 byte",
            "1023, 1023 bytes",
            "1024, 1.0 KB",
            "1536, 1.5 KB",
            "2097152, 2.0 MB",
            "54945383, 52.4 MB",
            "3221225472, 3.0 GB",
            "5497558138880, 5.0 TB",
            "5629499534213120, 5120.0 TB"
    })
    void describesTheSizeInBinaryUnits(long bytes, String expected) {
        assertEquals(expected, new ByteSize(bytes).toString());
    }
}

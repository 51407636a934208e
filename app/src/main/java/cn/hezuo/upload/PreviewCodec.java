package cn.hezuo.upload;

import cn.hezuo.spreadsheet.ImportProblem;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A kept preview as gzip-compressed JSON in {@code upload.preview} (V14), for every {@link ImportKind}: previews are
 * records of records, lists, maps, numbers and strings. An {@link ImportProblem} keeps its message arguments as
 * strings (every import passes them so); a {@code double} NaN (an absent student's total) is kept as "NaN".
 */
public final class PreviewCodec {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule("import-problems")
                    .addSerializer(ImportProblem.class, new ProblemSerializer())
                    .addDeserializer(ImportProblem.class, new ProblemDeserializer()));

    private PreviewCodec() {
    }

    /** An {@link ImportProblem} as stored. */
    record StoredProblem(int row, String column, String key, List<String> args) {
    }

    public static byte[] write(Object preview) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            JSON.writeValue(gzip, preview);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static <V> V read(byte[] bytes, Class<V> type) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return JSON.readValue(gzip, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class ProblemSerializer extends StdSerializer<ImportProblem> {
        ProblemSerializer() {
            super(ImportProblem.class);
        }

        @Override
        public void serialize(ImportProblem p, JsonGenerator gen, SerializerProvider provider) throws IOException {
            provider.defaultSerializeValue(new StoredProblem(p.rowNumber(), p.column(), p.messageKey(),
                    Arrays.stream(p.args()).map(String::valueOf).toList()), gen);
        }
    }

    private static final class ProblemDeserializer extends StdDeserializer<ImportProblem> {
        ProblemDeserializer() {
            super(ImportProblem.class);
        }

        @Override
        public ImportProblem deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            StoredProblem p = context.readValue(parser, StoredProblem.class);
            return new ImportProblem(p.row(), p.column(), p.key(), p.args().toArray());
        }
    }
}

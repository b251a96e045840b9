import dev.articleclassifier.handler.ArticleHandler;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.InputStream;

/**
 * Run as a single source file with only the function package on the class path, as Lambda's runtime would:
 * the handler's no-argument constructor reads the environment, then one event file goes through the stream entry
 * point. Prints the handler's result on its last line.
 */
public class InvokeLikeLambda {
    public static void main(String[] args) throws Exception {
        ArticleHandler handler = new ArticleHandler();
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        try (InputStream event = new FileInputStream(args[0])) {
            handler.handleRequest(event, result, null);
        }
        System.out.println("result " + result);
    }
}

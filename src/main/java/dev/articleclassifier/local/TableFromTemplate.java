package dev.articleclassifier.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Creates local tables from the {@code AWS::DynamoDB::Table} resource of the project's {@code template.yaml},
 * so the emulators and the cloud share one definition of keys and indexes. Only what shapes the data is carried
 * over (keys, attribute types, indexes, projections, billing mode); point-in-time recovery, encryption and
 * deletion protection are cloud concerns that emulators ignore or lack.
 *
 * <p>CloudFormation's short-form tags ({@code !Ref}, {@code !Sub}, {@code !If}, …) are YAML tags the parser
 * reads past: the tagged values are kept as plain scalars or lists, which is all the table's shape needs.
 */
public final class TableFromTemplate {

    /** Where the build puts the template inside the jar (next to this class). */
    public static final String RESOURCE = "template.yaml";
    /** The logical id of the article table in the template. */
    public static final String TABLE_RESOURCE = "Table";

    private final JsonNode properties;

    private TableFromTemplate(JsonNode template, String logicalId) {
        JsonNode resource = template.path("Resources").path(logicalId);
        if (!"AWS::DynamoDB::Table".equals(resource.path("Type").asText())) {
            throw new IllegalArgumentException("template has no AWS::DynamoDB::Table resource named " + logicalId);
        }
        this.properties = resource.path("Properties");
    }

    /** The template packed into the jar, or {@code template.yaml} in the working directory when run from source. */
    public static TableFromTemplate bundled() {
        try (InputStream in = TableFromTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return new TableFromTemplate(yaml().readTree(in), TABLE_RESOURCE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled template", e);
        }
        return fromFile(Path.of(RESOURCE));
    }

    public static TableFromTemplate fromFile(Path template) {
        try (InputStream in = Files.newInputStream(template)) {
            return new TableFromTemplate(yaml().readTree(in), TABLE_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + template, e);
        }
    }

    private static ObjectMapper yaml() {
        return new ObjectMapper(new YAMLFactory());
    }

    /** The CreateTable call for a table of the template's shape named {@code tableName}. */
    public CreateTableRequest createTableRequest(String tableName) {
        List<AttributeDefinition> attributes = new ArrayList<>();
        properties.path("AttributeDefinitions").forEach(a -> attributes.add(AttributeDefinition.builder()
                .attributeName(a.path("AttributeName").asText())
                .attributeType(a.path("AttributeType").asText()).build()));
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        properties.path("GlobalSecondaryIndexes").forEach(i -> indexes.add(GlobalSecondaryIndex.builder()
                .indexName(i.path("IndexName").asText())
                .keySchema(keySchema(i.path("KeySchema")))
                .projection(projection(i.path("Projection"))).build()));
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
                .attributeDefinitions(attributes)
                .keySchema(keySchema(properties.path("KeySchema")))
                .billingMode(BillingMode.fromValue(properties.path("BillingMode").asText("PAY_PER_REQUEST")));
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        return request.build();
    }

    /** Creates the table and waits until it is ACTIVE. */
    public void createTable(DynamoDbClient dynamo, String tableName) {
        dynamo.createTable(createTableRequest(tableName));
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(dynamo)
                .overrideConfiguration(WaiterOverrideConfiguration.builder()
                        // the default waits 20 s between polls; emulators are ready in well under a second
                        .backoffStrategyV2(BackoffStrategy.fixedDelay(Duration.ofMillis(100)))
                        .maxAttempts(600)
                        .build())
                .build()) {
            waiter.waitUntilTableExists(b -> b.tableName(tableName));
        }
    }

    private static List<KeySchemaElement> keySchema(JsonNode schema) {
        List<KeySchemaElement> keys = new ArrayList<>();
        schema.forEach(k -> keys.add(KeySchemaElement.builder()
                .attributeName(k.path("AttributeName").asText())
                .keyType(k.path("KeyType").asText()).build()));
        return keys;
    }

    private static Projection projection(JsonNode projection) {
        Projection.Builder builder = Projection.builder()
                .projectionType(projection.path("ProjectionType").asText("ALL"));
        List<String> nonKey = new ArrayList<>();
        projection.path("NonKeyAttributes").forEach(a -> nonKey.add(a.asText()));
        if (!nonKey.isEmpty()) {
            builder.nonKeyAttributes(nonKey);
        }
        return builder.build();
    }
}

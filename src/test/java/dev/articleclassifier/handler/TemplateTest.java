package dev.articleclassifier.handler;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.articleclassifier.classify.RecordFields;
import dev.articleclassifier.store.ArticleQueries;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * There is no SAM CLI in the build, so this test is the template's check: it reads {@code template.yaml} with its
 * CloudFormation tags and holds it to the code (handler class, environment variables, the store's indexes) and to
 * least privilege.
 */
class TemplateTest {

    private static final String FUNCTION = "ClassifierFunction";
    private static final String BUCKET = "IncomingBucket";
    private static final String TABLE = "Table";
    private static final String RULES_OBJECT = "${RulesBucket}/${RulesKey}";

    private static JsonNode template;

    @BeforeAll
    static void readTemplate() throws Exception {
        template = CloudFormationYaml.read(Path.of("template.yaml"));
    }

    @Test
    void template_isSamTransformed() {
        assertEquals("AWS::Serverless-2016-10-31", template.path("Transform").asText());
    }

    @Test
    void handler_namesAClassImplementingRequestStreamHandler() throws Exception {
        String[] handler = function().path("Handler").asText().split("::");
        Class<?> type = Class.forName(handler[0]);
        assertTrue(RequestStreamHandler.class.isAssignableFrom(type), type + " must implement RequestStreamHandler");
        assertTrue(Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(handler[1])
                && Arrays.equals(m.getParameterTypes(),
                        new Class<?>[] {InputStream.class, OutputStream.class, Context.class})));
        type.getConstructor();
    }

    @Test
    void environmentVariables_areExactlyTheOnesTheCodeReads() {
        Set<String> inTemplate = new TreeSet<>();
        function().path("Environment").path("Variables").fieldNames().forEachRemaining(inTemplate::add);
        inTemplate.removeAll(EnvironmentVariables.SDK_ENDPOINTS);
        inTemplate.removeAll(EnvironmentVariables.JVM_OPTIONS);
        assertEquals(new TreeSet<>(EnvironmentVariables.ALL), inTemplate);
    }

    // Problem: an empty AWS_ENDPOINT_URL makes the SDK fail ("URI scheme ... must not be null"). Fix: the template
    // declares the endpoint only under a condition, and never as a literal.
    @Test
    void environmentVariables_declareSdkEndpointsOnlyConditionally() {
        JsonNode variables = function().path("Environment").path("Variables");
        for (String name : EnvironmentVariables.SDK_ENDPOINTS) {
            JsonNode value = variables.path(name);
            assertTrue(value.isMissingNode() || value.has("Fn::If"), name + " must be absent or conditional");
        }
    }

    @Test
    void environmentVariables_allListsEveryConstant() throws Exception {
        Set<String> constants = new TreeSet<>();
        for (Field field : EnvironmentVariables.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        assertEquals(constants, new TreeSet<>(EnvironmentVariables.ALL));
    }

    @Test
    void function_isJava21OnArm64WithSnapStartOnAPublishedAlias() {
        JsonNode globals = template.path("Globals").path("Function");
        assertAll(
                () -> assertEquals("java21", globals.path("Runtime").asText()),
                () -> assertEquals("arm64", globals.path("Architectures").path(0).asText()),
                () -> assertEquals("PublishedVersions", function().path("SnapStart").path("ApplyOn").asText()),
                () -> assertFalse(function().path("AutoPublishAlias").asText().isEmpty()),
                () -> assertEquals("JSON", function().path("LoggingConfig").path("LogFormat").asText()));
    }

    @Test
    void policies_readOnlyIncomingObjectsOfTheBucket() {
        JsonNode read = statementWithAction("s3:GetObject");
        String resource = read.path("Resource").path("Fn::Sub").asText();
        assertEquals(bucketArn() + "/incoming/*", resource);
    }

    @Test
    void policies_listTheBucketSoMissingObjectsAnswer404() {
        JsonNode list = statementWithAction("s3:ListBucket");
        assertEquals(bucketArn(), list.path("Resource").path("Fn::Sub").asText());
    }

    @Test
    void policies_listOnlyUnderTheIncomingPrefix() {
        JsonNode prefixes = statementWithAction("s3:ListBucket").path("Condition").path("StringLike").path("s3:prefix");
        assertEquals(List.of("incoming/*"), texts(prefixes));
    }

    @Test
    void codeUri_isTheProjectBuiltByTheMakefileTargetOfTheFunction() throws Exception {
        String makefile = Files.readString(Path.of("Makefile"));
        assertAll(
                () -> assertEquals(".", function().path("CodeUri").asText()),
                () -> assertEquals("makefile", resource(FUNCTION).path("Metadata").path("BuildMethod").asText()),
                () -> assertTrue(makefile.contains("\nbuild-" + FUNCTION + ":\n"), "no make target build-" + FUNCTION),
                () -> assertTrue(makefile.contains("FUNCTION_PACKAGE = target/article-classifier-function.jar")),
                () -> assertTrue(makefile.contains("cp $(FUNCTION_PACKAGE) \"$(ARTIFACTS_DIR)/lib/\"")),
                () -> assertTrue(Files.readString(Path.of("pom.xml"))
                        .contains("<outputFile>${project.build.directory}/article-classifier-function.jar</outputFile>")));
    }

    // sam local invoke passes only the variables the template declares; a name in events/env.json that the
    // template lacks would be dropped without a word.
    @Test
    void envJson_setsOnlyVariablesTheFunctionDeclares() throws Exception {
        JsonNode env = new ObjectMapper().readTree(Path.of("events", "env.json").toFile()).path(FUNCTION);
        Set<String> declared = new TreeSet<>();
        function().path("Environment").path("Variables").fieldNames().forEachRemaining(declared::add);
        env.fieldNames().forEachRemaining(name -> assertTrue(declared.contains(name), name + " is not declared"));
        assertTrue(env.has("TABLE_NAME"));
    }

    @Test
    void reservedConcurrency_isAParameterOfTheStack() {
        assertAll(
                () -> assertEquals("ReservedConcurrency", function().path("ReservedConcurrentExecutions").path("Ref")
                        .asText()),
                () -> assertEquals("Number", template.path("Parameters").path("ReservedConcurrency").path("Type")
                        .asText()));
    }

    // Problem: the suffix filters were case-sensitive and listed .txt .html .xml .gz only, so .htm, .xhtml, .TXT
    // and .XML uploads never reached the function. Fix: only the prefix filters; the parser reads by content.
    @Test
    void notifications_filterNoSuffix_soEveryFileTypeInAnyCaseTriggers() {
        function().path("Events").forEach(event -> event.path("Properties").path("Filter").path("S3Key")
                .path("Rules").forEach(rule -> assertEquals("prefix", rule.path("Name").asText(), event::toString)));
    }

    // Problem: CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key. Fix: a key of the
    // stack's own whose policy lets CloudWatch use it.
    @Test
    void alarmTopic_isEncryptedWithAKeyCloudWatchMayUse() {
        JsonNode topic = resourcesOfType("AWS::SNS::Topic").get(0).path("Properties");
        String key = topic.path("KmsMasterKeyId").path("Ref").asText();
        assertEquals("AWS::KMS::Key", resource(key).path("Type").asText(), "topic key " + topic);
        JsonNode grant = null;
        for (JsonNode statement : resource(key).path("Properties").path("KeyPolicy").path("Statement")) {
            if (statement.path("Principal").path("Service").asText().equals("cloudwatch.amazonaws.com")) {
                grant = statement;
            }
        }
        assertTrue(grant != null, "the key policy lets CloudWatch use the key");
        assertEquals(List.of("kms:Decrypt", "kms:GenerateDataKey*"), actions(grant));
    }

    @Test
    void everyAlarm_notifiesTheAlarmTopic() {
        ArrayNode alarms = resourcesOfType("AWS::CloudWatch::Alarm");
        assertTrue(alarms.size() >= 7, "alarms: " + alarms.size());
        alarms.forEach(alarm -> assertEquals("AlarmTopic",
                alarm.path("Properties").path("AlarmActions").path(0).path("Ref").asText(), alarm::toString));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWS/Lambda Errors", "AWS/Lambda Throttles", "AWS/Lambda Duration",
            "AWS/Lambda DestinationDeliveryFailures", "AWS/SQS ApproximateNumberOfMessagesVisible",
            "AWS/DynamoDB ReadThrottleEvents", "AWS/DynamoDB WriteThrottleEvents", "ArticleClassifier ArticlesRejected"})
    void alarms_watch(String namespaceAndMetric) {
        String[] wanted = namespaceAndMetric.split(" ");
        boolean watched = false;
        for (JsonNode alarm : resourcesOfType("AWS::CloudWatch::Alarm")) {
            JsonNode properties = alarm.path("Properties");
            watched |= properties.path("Namespace").asText().equals(wanted[0])
                    && properties.path("MetricName").asText().equals(wanted[1]);
            for (JsonNode metric : properties.path("Metrics")) {
                JsonNode stat = metric.path("MetricStat").path("Metric");
                watched |= stat.path("Namespace").asText().equals(wanted[0])
                        && stat.path("MetricName").asText().equals(wanted[1]);
            }
        }
        assertTrue(watched, "no alarm on " + namespaceAndMetric);
    }

    @Test
    void durationAlarm_firesAtEightyPercentOfTheTimeout() {
        int timeoutMillis = template.path("Globals").path("Function").path("Timeout").asInt() * 1000;
        JsonNode duration = resourcesOfType("AWS::CloudWatch::Alarm").findParents("MetricName").stream()
                .filter(p -> p.path("MetricName").asText().equals("Duration")).findFirst().orElseThrow();
        assertEquals("Maximum", duration.path("Statistic").asText());
        assertEquals(timeoutMillis * 0.8, duration.path("Threshold").asDouble(), 0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {TABLE, BUCKET})
    void dataStores_areRetainedWhenTheStackGoesOrReplacesThem(String logicalId) {
        assertAll(
                () -> assertEquals("Retain", resource(logicalId).path("DeletionPolicy").asText()),
                () -> assertEquals("Retain", resource(logicalId).path("UpdateReplacePolicy").asText()));
    }

    // Problem: naming the bucket by !Ref inside the function creates the cycle bucket notification -> function
    // -> policy -> bucket. Fix: the function only sees the bucket's computed name.
    @Test
    void function_neverReferencesTheBucketResource() {
        // the S3 event sources are the one legitimate reference (SAM turns them into the bucket's notifications)
        String properties = ((com.fasterxml.jackson.databind.node.ObjectNode) function().deepCopy()).without("Events")
                .toString();
        assertAll(
                () -> assertFalse(properties.contains("{\"Ref\":\"" + BUCKET + "\"}")),
                () -> assertFalse(properties.contains("\"Fn::GetAtt\":[\"" + BUCKET + "\"")),
                () -> assertFalse(properties.contains("${" + BUCKET)));
        assertEquals(BUCKET, function().path("Events").elements().next().path("Properties").path("Bucket")
                .path("Ref").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem",
            "dynamodb:Query", "dynamodb:DescribeTable"})
    void policies_allowTheStoresCallsOnTheTableAndItsIndexes(String action) {
        JsonNode statement = statementWithAction(action);
        List<String> resources = new ArrayList<>();
        statement.path("Resource").forEach(r -> resources.add(r.path("Fn::Sub").asText()));
        assertEquals(List.of("${" + TABLE + ".Arn}", "${" + TABLE + ".Arn}/index/*"), resources);
    }

    @Test
    void policies_grantNoWildcardActionsOrResources() {
        for (JsonNode statement : statements()) {
            actions(statement).forEach(a -> assertFalse(a.contains("*"), "wildcard action " + a));
            assertFalse(statement.path("Resource").isTextual() && statement.path("Resource").asText().equals("*"),
                    "wildcard resource in " + statement);
        }
    }

    @Test
    void table_hasTheIndexTheStoreQueries() {
        Set<String> indexes = new TreeSet<>();
        resource(TABLE).path("Properties").path("GlobalSecondaryIndexes")
                .forEach(i -> indexes.add(i.path("IndexName").asText()));
        assertTrue(indexes.contains(ArticleQueries.TAG_INDEX),
                "template indexes " + indexes + " lack " + ArticleQueries.TAG_INDEX);
    }

    // reclassify --stale filters its index Query on the rules hash; unprojected, every record would look stale
    @Test
    void table_indexProjectsTheRulesHash() {
        List<String> projected = new ArrayList<>();
        resource(TABLE).path("Properties").path("GlobalSecondaryIndexes").forEach(i -> {
            if (i.path("IndexName").asText().equals(ArticleQueries.TAG_INDEX)) {
                i.path("Projection").path("NonKeyAttributes").forEach(a -> projected.add(a.asText()));
            }
        });
        assertTrue(projected.contains(RecordFields.RULES_HASH), "byTag projects " + projected);
    }

    @Test
    void notifications_coverOnlyTheIncomingPrefix() {
        List<String> prefixes = new ArrayList<>();
        function().path("Events").forEach(event -> event.path("Properties").path("Filter").path("S3Key")
                .path("Rules").forEach(rule -> {
                    if (rule.path("Name").asText().equals("prefix")) {
                        prefixes.add(rule.path("Value").asText());
                    }
                }));
        assertEquals(function().path("Events").size(), prefixes.size());
        assertTrue(prefixes.stream().allMatch("incoming/"::equals), prefixes::toString);
    }

    @Test
    void notifications_includeCreatedAndRemovedEvents() {
        Set<String> kinds = new TreeSet<>();
        function().path("Events").forEach(e -> kinds.add(e.path("Properties").path("Events").asText()));
        assertEquals(Set.of("s3:ObjectCreated:*", "s3:ObjectRemoved:*"), kinds);
    }

    @Test
    void failedEvents_goToAnSqsQueueWatchedByAnAlarm() {
        JsonNode onFailure = function().path("EventInvokeConfig").path("DestinationConfig").path("OnFailure");
        assertEquals("SQS", onFailure.path("Type").asText());
        String queue = onFailure.path("Destination").path("Fn::GetAtt").path(0).asText();
        assertEquals("AWS::SQS::Queue", resource(queue).path("Type").asText());
        boolean watched = false;
        for (JsonNode r : template.path("Resources")) {
            watched |= r.path("Type").asText().equals("AWS::CloudWatch::Alarm")
                    && r.path("Properties").path("Dimensions").path(0).path("Value").path("Fn::GetAtt").path(0)
                    .asText().equals(queue);
        }
        assertTrue(watched, "no alarm on " + queue);
    }

    @Test
    void bucket_isEncryptedPrivateAndNamedFromTheSameExpressionAsThePolicies() {
        JsonNode properties = resource(BUCKET).path("Properties");
        JsonNode block = properties.path("PublicAccessBlockConfiguration");
        assertAll(
                () -> assertTrue(properties.path("BucketEncryption").isObject()),
                () -> block.properties().forEach(f -> assertTrue(f.getValue().asBoolean(), f.getKey())),
                () -> assertEquals(4, block.size()),
                () -> assertEquals(bucketArn(), "arn:${AWS::Partition}:s3:::"
                        + properties.path("BucketName").path("Fn::Sub").asText()));
    }

    @Test
    void dashboard_graphsEveryMetricTheCodeEmits() throws Exception {
        String graphed = dashboardMetrics().toString() + dashboardExpressions();
        for (String metric : EmbeddedMetrics.METRIC_NAMES) {
            assertTrue(graphed.contains("[\"" + EmbeddedMetrics.NAMESPACE + "\",\"" + metric + "\"")
                    || graphed.contains("MetricName=\"" + metric + "\""), "dashboard lacks " + metric);
        }
    }

    @Test
    void dashboard_breaksDownByEveryDimensionTheCodeEmits() throws Exception {
        String expressions = dashboardExpressions();
        for (String dimension : EmbeddedMetrics.DIMENSION_NAMES) {
            assertTrue(expressions.contains("{" + EmbeddedMetrics.NAMESPACE + "," + dimension + "}"),
                    "no widget by " + dimension);
        }
    }

    // Problem: a metric renamed in the code leaves an empty graph behind. Fix: the dashboard names only emitted ones.
    @Test
    void dashboard_namesNoMetricTheCodeDoesNotEmit() throws Exception {
        for (JsonNode row : dashboardMetrics()) {
            if (row.path(0).asText().equals(EmbeddedMetrics.NAMESPACE)) {
                assertTrue(EmbeddedMetrics.METRIC_NAMES.contains(row.path(1).asText()), row.toString());
            }
        }
        Matcher names = Pattern.compile("MetricName=\"([^\"]+)\"")
                .matcher(dashboardExpressions());
        while (names.find()) {
            assertTrue(EmbeddedMetrics.METRIC_NAMES.contains(names.group(1)), names.group(1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWS/Lambda Errors FunctionName ${ClassifierFunction}",
            "AWS/Lambda Duration FunctionName ${ClassifierFunction}",
            "AWS/Lambda Throttles FunctionName ${ClassifierFunction}",
            "AWS/SQS ApproximateNumberOfMessagesVisible QueueName ${FailedEventsQueue.QueueName}"})
    void dashboard_graphsTheFunctionsHealthAndTheFailedEventsQueue(String metric) throws Exception {
        List<String> wanted = List.of(metric.split(" "));
        boolean found = false;
        for (JsonNode row : dashboardMetrics()) {
            List<String> texts = new ArrayList<>();
            row.forEach(cell -> texts.add(cell.asText()));
            found |= texts.size() >= wanted.size() && texts.subList(0, wanted.size()).equals(wanted);
        }
        assertTrue(found, "dashboard lacks " + metric);
    }

    @Test
    void rulesObject_isPassedToTheFunctionOnlyWhenConfigured() {
        JsonNode value = function().path("Environment").path("Variables").path(EnvironmentVariables.RULES_S3_URI)
                .path("Fn::If");
        assertEquals("HasRulesObject", value.path(0).asText());
        assertEquals("s3://" + RULES_OBJECT, value.path(1).path("Fn::Sub").asText());
        assertEquals("", value.path(2).asText());
        assertEquals("RulesRefreshSeconds", function().path("Environment").path("Variables")
                .path(EnvironmentVariables.RULES_REFRESH_SECONDS).path("Ref").asText());
    }

    @Test
    void policies_readExactlyTheRulesObject_whenOneIsConfigured() {
        JsonNode branches = rulesPolicy();
        JsonNode read = statementWithAction(branches.path(1).path("Statement"), "s3:GetObject");
        assertAll(
                () -> assertEquals("HasRulesObject", branches.path(0).asText()),
                () -> assertEquals(List.of("s3:GetObject"), actions(read)),
                () -> assertEquals("arn:${AWS::Partition}:s3:::" + RULES_OBJECT,
                        read.path("Resource").path("Fn::Sub").asText()),
                () -> assertEquals("AWS::NoValue", branches.path(2).path("Ref").asText()));
    }

    @Test
    void policies_listOnlyTheRulesBucket_soADeletedRulesObjectAnswers404() {
        JsonNode list = statementWithAction(rulesPolicy().path(1).path("Statement"), "s3:ListBucket");
        assertEquals("arn:${AWS::Partition}:s3:::${RulesBucket}", list.path("Resource").path("Fn::Sub").asText());
    }

    private static JsonNode rulesPolicy() {
        for (JsonNode policy : function().path("Policies")) {
            if (policy.has("Fn::If")) {
                return policy.path("Fn::If");
            }
        }
        throw new AssertionError("no conditional policy for the rules object");
    }

    private static JsonNode statementWithAction(JsonNode statements, String action) {
        for (JsonNode statement : statements) {
            if (actions(statement).contains(action)) {
                return statement;
            }
        }
        throw new AssertionError("no statement allows " + action);
    }

    /** The dashboard body with its {@code ${...}} substitutions kept as text, parsed as the JSON it becomes. */
    private static JsonNode dashboardBody() throws Exception {
        JsonNode dashboards = resourcesOfType("AWS::CloudWatch::Dashboard");
        assertEquals(1, dashboards.size(), "expected one dashboard");
        String body = dashboards.get(0).path("Properties").path("DashboardBody").path("Fn::Sub").asText();
        return new ObjectMapper().readTree(body);
    }

    /** Every plain metric row of every widget: namespace, name, dimension pairs, options. */
    private static List<JsonNode> dashboardMetrics() throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        dashboardBody().path("widgets").forEach(w -> w.path("properties").path("metrics").forEach(row -> {
            if (row.path(0).isTextual()) {
                rows.add(row);
            }
        }));
        return rows;
    }

    private static String dashboardExpressions() throws Exception {
        StringBuilder expressions = new StringBuilder();
        dashboardBody().path("widgets").forEach(w -> w.path("properties").path("metrics").forEach(row ->
                row.forEach(cell -> expressions.append(cell.path("expression").asText()).append('\n'))));
        return expressions.toString();
    }

    private static ArrayNode resourcesOfType(String type) {
        ArrayNode found = JsonNodeFactory.instance.arrayNode();
        template.path("Resources").forEach(r -> {
            if (r.path("Type").asText().equals(type)) {
                found.add(r);
            }
        });
        return found;
    }

    private static String bucketArn() {
        return "arn:${AWS::Partition}:s3:::" + resource(BUCKET).path("Properties").path("BucketName")
                .path("Fn::Sub").asText();
    }

    private static JsonNode function() {
        return resource(FUNCTION).path("Properties");
    }

    private static JsonNode resource(String logicalId) {
        JsonNode resource = template.path("Resources").path(logicalId);
        assertFalse(resource.isMissingNode(), "template has no resource " + logicalId);
        return resource;
    }

    private static List<JsonNode> statements() {
        List<JsonNode> statements = new ArrayList<>();
        function().path("Policies").forEach(p -> p.path("Statement").forEach(statements::add));
        return statements;
    }

    private static JsonNode statementWithAction(String action) {
        return statements().stream().filter(s -> actions(s).contains(action)).findFirst()
                .orElseThrow(() -> new AssertionError("no policy statement allows " + action));
    }

    private static List<String> actions(JsonNode statement) {
        JsonNode action = statement.path("Action");
        if (action.isTextual()) {
            return List.of(action.asText());
        }
        List<String> actions = new ArrayList<>();
        action.forEach(a -> actions.add(a.asText()));
        return actions;
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}

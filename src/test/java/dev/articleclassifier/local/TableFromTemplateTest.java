package dev.articleclassifier.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

class TableFromTemplateTest {

    @Test
    void createTableRequest_takesKeysAndIndexFromTheProjectTemplate() {
        CreateTableRequest request = TableFromTemplate.fromFile(Path.of("template.yaml")).createTableRequest("t");

        assertEquals(List.of("pk", "sk"), request.keySchema().stream().map(KeySchemaElement::attributeName).toList());
        GlobalSecondaryIndex byTag = request.globalSecondaryIndexes().get(0);
        assertEquals("byTag", byTag.indexName());
        assertEquals(List.of("tagKey", "timeKey"),
                byTag.keySchema().stream().map(KeySchemaElement::attributeName).toList());
        assertEquals("PAY_PER_REQUEST", request.billingModeAsString());
    }

    @Test
    void bundled_readsTheTemplatePackedByTheBuild() {
        assertEquals("byTag", TableFromTemplate.bundled().createTableRequest("t").globalSecondaryIndexes().get(0)
                .indexName());
    }

    @Test
    void fromFile_readsPastCloudFormationShortFormTags(@TempDir Path dir) throws Exception {
        Path template = dir.resolve("template.yaml");
        Files.writeString(template, """
                Conditions:
                  Protect: !Equals [!Ref Protection, 'true']
                Resources:
                  Table:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      TableName: !Sub '${AWS::StackName}-articles'
                      AttributeDefinitions:
                        - {AttributeName: id, AttributeType: S}
                      KeySchema:
                        - {AttributeName: id, KeyType: HASH}
                      DeletionProtectionEnabled: !If [Protect, true, false]
                      Tags:
                        - Key: arn
                          Value: !GetAtt Bucket.Arn
                """);

        CreateTableRequest request = TableFromTemplate.fromFile(template).createTableRequest("t");

        assertEquals("id", request.keySchema().get(0).attributeName());
    }

    @Test
    void fromFile_refusesTemplateWithoutTheTable(@TempDir Path dir) throws Exception {
        Path template = dir.resolve("template.yaml");
        Files.writeString(template, "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n");

        assertThrows(IllegalArgumentException.class, () -> TableFromTemplate.fromFile(template));
    }
}

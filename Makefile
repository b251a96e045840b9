# `sam build` builds the function with this file (template.yaml: Metadata: BuildMethod: makefile). SAM copies this
# folder to a scratch folder, runs `make build-ClassifierFunction` there with ARTIFACTS_DIR set, and zips what the
# target leaves in ARTIFACTS_DIR. Lambda's Java runtime puts every jar under lib/ on the class path.
# Needs JDK 17+ and Maven 3.8+ on the machine that runs `sam build`, as SAM's own Maven builder does.

FUNCTION_PACKAGE = target/article-classifier-function.jar

build-ClassifierFunction:
	mvn -B -q -ntp -DskipTests package
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(FUNCTION_PACKAGE) "$(ARTIFACTS_DIR)/lib/"

.PHONY: build-ClassifierFunction

/**
 * The policy graph described for the Neo4j GraphQL Library (@neo4j/graphql 7), for the benchmark's
 * comparison server. Same labels, properties and relationships as cypher/load; what the library
 * cannot derive (collaborators, shortest paths) is given as @cypher fields, as a user of the
 * library would write them.
 */
export const typeDefs = /* GraphQL */ `
  type District @node {
    id: ID!
    name: String!
    level: String
    code: String
    aliases: [String!]
    parent: [District!]! @relationship(type: "PART_OF", direction: OUT)
    children: [District!]! @relationship(type: "PART_OF", direction: IN)
    departments: [Department!]! @relationship(type: "PART_OF", direction: IN)
    projects: [Project!]! @relationship(type: "LOCATED_IN", direction: IN)
    "Projects located in it or in a place inside it, by name (what this API's District.projects answers)."
    projectsWithin(limit: Int!): [Project!]!
      @cypher(
        statement: """
        MATCH (this)<-[:PART_OF]-{0,4}(:District)<-[:LOCATED_IN]-(p:Project)
        WITH DISTINCT p ORDER BY p.name, p.id LIMIT $limit
        RETURN p
        """
        columnName: "p"
      )
  }

  type ResponsibleFor @relationshipProperties {
    role: String
  }

  type Department @node {
    id: ID!
    name: String!
    kind: String
    level: String
    aliases: [String!]
    district: [District!]! @relationship(type: "PART_OF", direction: OUT)
    projects: [Project!]! @relationship(type: "RESPONSIBLE_FOR", direction: OUT, properties: "ResponsibleFor")
    collaborators: [Collaboration!]!
      @cypher(
        statement: """
        MATCH (this)-[:RESPONSIBLE_FOR]->(p:Project)<-[:RESPONSIBLE_FOR]-(other:Department)
        WHERE other <> this
        WITH other, collect(DISTINCT p.name) AS projects
        RETURN { name: other.name, sharedProjects: size(projects), projects: projects } AS c
        ORDER BY c.sharedProjects DESC, c.name
        """
        columnName: "c"
      )
  }

  type Collaboration {
    name: String!
    sharedProjects: Int!
    projects: [String!]!
  }

  type Project @node {
    id: ID!
    name: String!
    status: String
    sector: String
    aliases: [String!]
    districts: [District!]! @relationship(type: "LOCATED_IN", direction: OUT)
    departments: [Department!]! @relationship(type: "RESPONSIBLE_FOR", direction: IN, properties: "ResponsibleFor")
    indicators: [Indicator!]! @relationship(type: "MEASURES", direction: IN)
    partOf: [Project!]! @relationship(type: "PART_OF", direction: OUT)
  }

  type Indicator @node {
    id: ID!
    label: String
    value: Float
    unit: String
    normalizedValue: Float
    baseUnit: String
    year: Int
    kind: String
    measure: String
    approximate: Boolean
    documentId: String
    start: Int
  }

  type Document @node {
    id: ID!
    key: String
    title: String
    year: Int
  }

  type PathStep {
    from: String!
    relationship: String!
    to: String!
  }

  type Query {
    shortestPath(from: ID!, to: ID!): [PathStep!]!
      @cypher(
        statement: """
        MATCH (a {id: $from}), (b {id: $to})
        MATCH p = shortestPath((a)-[:PART_OF|LOCATED_IN|RESPONSIBLE_FOR|MEASURES*..6]-(b))
        UNWIND relationships(p) AS r
        RETURN { from: startNode(r).name, relationship: type(r), to: endNode(r).name } AS step
        """
        columnName: "step"
      )
  }
`;
